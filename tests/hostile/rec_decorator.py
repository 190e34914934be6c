# expect: error RecursionError
# attacks: recursion through a decorator wrapper
def deco(fn):
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def f(n):
    return f(n + 1)
f(0)
