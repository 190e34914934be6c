# task: instrument tool functions with a wraps-based decorator that records call stats
import functools


def instrumented(category: str):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wrapper.calls += 1
            try:
                result = func(*args, **kwargs)
            except Exception as e:
                wrapper.errors.append(f"{type(e).__name__}: {e}")
                raise
            wrapper.last_result = result
            return result

        wrapper.calls = 0
        wrapper.errors = []
        wrapper.last_result = None
        wrapper.category = category
        REGISTRY[func.__name__] = wrapper
        return wrapper

    return decorate


REGISTRY: dict = {}


@instrumented("math")
def add_numbers(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


@instrumented("text")
def shout(text: str, times: int = 1) -> str:
    """Upper-case a message and repeat it."""
    if times < 1:
        raise ValueError("times must be >= 1")
    return " ".join([text.upper()] * times)


@instrumented("math")
def divide(a: float, b: float) -> float:
    """Divide a by b."""
    return a / b


calls = [
    ("add_numbers", (2, 3), {}), ("shout", ("hi",), {"times": 2}), ("divide", (1, 0), {}),
    ("divide", (9, 3), {}), ("shout", ("no",), {"times": 0}), ("add_numbers", (10, -4), {}),
    ("missing_tool", (), {}),
]
for name, args, kwargs in calls:
    tool = REGISTRY.get(name)
    if tool is None:
        print(f"{name}: no such tool")
        continue
    try:
        print(f"{name}{args} -> {tool(*args, **kwargs)!r}")
    except Exception as e:
        print(f"{name}{args} raised {type(e).__name__}")

print()
for name, fn in REGISTRY.items():
    print(f"{fn.__name__:<12} [{fn.category}] doc={fn.__doc__!r}")
    print(f"    calls={fn.calls} errors={fn.errors} last={fn.last_result!r}")
print("wrapped original:", add_numbers.__wrapped__(1, 1), "| annotations:", shout.__annotations__)
by_cat: dict[str, int] = {}
for fn in REGISTRY.values():
    by_cat[fn.category] = by_cat.get(fn.category, 0) + fn.calls
print("calls by category:", by_cat)
