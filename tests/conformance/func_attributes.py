# func: functions are objects: metadata, docstrings, arbitrary attributes, functools.wraps
import functools


def greet(name: str, punct: str = "!") -> str:
    """Say hello."""
    return "Hello " + name + punct


print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__defaults__, greet.__kwdefaults__, greet.__annotations__)
greet.calls = 0
greet.calls += 1
print(greet.calls, greet.__dict__)


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.count += 1
        return func(*args, **kwargs)
    wrapper.count = 0
    return wrapper


@counted
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


add(1, 2)
add(3, 4)
print(add.__name__, add.__doc__, add.count, add.__wrapped__.__name__, add.__annotations__)
print(sorted(add.__dict__))


class Box:
    def method(self):
        """A method."""
        return 1

    method.tag = "marked"


b = Box()
print(b.method.__name__, b.method.__doc__, b.method.tag, Box.method.tag)
lam = lambda x: x
print(lam.__name__, lam.__defaults__)


def kw_only(*, limit=10, mode="fast"):
    return limit


print(kw_only.__kwdefaults__)
f = lambda: None
f.__name__ = "renamed"
print(f.__name__)
try:
    f.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
del greet.calls
print(hasattr(greet, "calls"))
