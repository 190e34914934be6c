# area: closure: counters, accumulators with nonlocal, closures over loop variables (late binding) and default-arg capture
def make_counter(start=0, step=1):
    value = start
    def inc():
        nonlocal value
        value += step
        return value
    def reset():
        nonlocal value
        value = start
    return inc, reset

inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())

def make_averager():
    samples = []
    def add(x):
        samples.append(x)
        return sum(samples) / len(samples)
    return add
avg = make_averager()
print([avg(x) for x in [10, 20, 60]])

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])

def rate_limiter(max_calls):
    calls = 0
    def allow(name):
        nonlocal calls
        if calls >= max_calls:
            return f"{name}: denied"
        calls += 1
        return f"{name}: ok ({max_calls - calls} left)"
    return allow
limit = rate_limiter(2)
print([limit(n) for n in "abc"])

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper, cache

slow_square, sq_cache = memoize(lambda n: n * n)
print([slow_square(n) for n in (3, 4, 3)], sorted(sq_cache.items()))

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str.upper, lambda s: s.replace(" ", "_"), str.strip)
print(pipeline("  hello agent world "))
x = "global"
def outer():
    x = "outer"
    def inner():
        return x
    x = "outer-rebound"
    return inner
print(outer()())
