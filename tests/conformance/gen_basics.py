# area: generators: yield, next with default, StopIteration.value, send, yield from with return values, lazy generator expressions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
for x in count_up(3):
    print("x", x)
g = count_up(2)
print(next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration:
    print("stop")

def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
print(list(chunks(list(range(10)), 3)))

def gen_ret():
    yield 1
    return "result"
g = gen_ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield 3
print(list(outer()))
g = outer()
print(next(g), g.send("hello"), next(g), next(g), next(g))

def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
e = echo()
next(e)
print(e.send(5), e.send(10))
print(sum(x * x for x in range(10)))
print(any(x > 5 for x in range(10**9)))
print(next(x for x in range(10**12) if x % 7 == 3))
gen = (c.upper() for c in "abc")
print(list(gen), list(gen))
print(sorted(x % 3 for x in range(7)), max(len(w) for w in "a bb ccc".split()))
print(dict((k, v) for k, v in zip("ab", [1, 2])), "-".join(str(i) for i in range(4)))
