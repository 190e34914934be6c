# area: func: decorators with arguments (retry, validate, memo), stacked decorators and call counting via closures
def retry(times, exceptions=(Exception,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs), attempt
                except exceptions as e:
                    last = e
            raise RuntimeError(f"{fn.__name__} failed {times}x: {last}")
        return wrapper
    return deco

def validate(**checks):
    def deco(fn):
        def wrapper(**kwargs):
            for name, check in checks.items():
                if name in kwargs and not check(kwargs[name]):
                    raise ValueError(f"invalid {name}={kwargs[name]!r}")
            return fn(**kwargs)
        return wrapper
    return deco

COUNTS = {}
def counted(fn):
    def wrapper(*a, **k):
        COUNTS[fn.__name__] = COUNTS.get(fn.__name__, 0) + 1
        return fn(*a, **k)
    return wrapper

state = {"n": 0}

@retry(3, exceptions=(ConnectionError,))
@counted
def flaky_fetch(url):
    state["n"] += 1
    if state["n"] % 3:
        raise ConnectionError(f"reset #{state['n']}")
    return f"200 OK {url}"

print(flaky_fetch("/a"))
print(flaky_fetch("/b"))
state["n"] = -10
try:
    flaky_fetch("/c")
except RuntimeError as e:
    print("RuntimeError:", e)

@validate(age=lambda a: 0 <= a < 150, name=lambda n: n.strip() != "")
def make_user(name="anon", age=0):
    return {"name": name, "age": age}

print(make_user(name="ann", age=30), make_user())
for kwargs in [{"age": 200}, {"name": "  "}]:
    try:
        make_user(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(make_user.__name__, COUNTS)
