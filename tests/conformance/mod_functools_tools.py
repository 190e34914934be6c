# area: functools: reduce, partial with keywords, lru_cache stats and clear, cache, cmp_to_key, wraps-decorated timers
from functools import reduce, partial, lru_cache, cache, cmp_to_key, wraps

print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a + b, [], "empty"))

def tag(name, text, cls=None):
    attr = f' class="{cls}"' if cls else ""
    return f"<{name}{attr}>{text}</{name}>"

bold = partial(tag, "b")
warn = partial(tag, "span", cls="warn")
print(bold("hi"), warn("careful"), warn("x", cls="info"))
print(bold.func.__name__, bold.args, warn.keywords)

calls = []

@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    square(n)
print("computed:", calls, square.cache_info())
square.cache_clear()
print(square.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_len_then_alpha)))

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  call {args} {kwargs} -> {result}")
        return result
    return wrapper

@logged
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=10)
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
