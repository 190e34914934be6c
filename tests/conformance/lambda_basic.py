# lambda: anonymous functions with zero, one and many parameters
square = lambda x: x * x
add = lambda a, b: a + b
const = lambda: 42
print(square(7), add(2, 3), const())
print((lambda x, y=10: x + y)(1), (lambda x, y=10: x + y)(1, 2))
print((lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
fs = [lambda x: x + 1, lambda x: x * 2, lambda x: -x]
print([f(5) for f in fs])
print((lambda: None)())
