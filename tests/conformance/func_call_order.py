# func: arguments are evaluated left to right before the call
def trace(label, value):
    print("eval", label)
    return value
def add3(a, b, c):
    print("call add3")
    return a + b + c
print(add3(trace("a", 1), trace("b", 2), c=trace("c", 3)))
lst = [trace("x", 1), trace("y", 2)]
d = {trace("k1", "a"): trace("v1", 1), trace("k2", "b"): trace("v2", 2)}
print(lst, d)
print(trace("left", 2) ** trace("right", 3))
