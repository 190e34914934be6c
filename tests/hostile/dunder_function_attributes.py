# expect: ok
# Functions are objects with writable metadata, but nothing on them reaches code, globals or closures, and
# the standard library's functions cannot be changed by one job for the next.
import functools


def make():
    secret = "closure value"

    def inner(x: int) -> int:
        """Doc."""
        return len(secret) + x

    return inner


f = make()
for name in ["__code__", "__globals__", "__closure__", "__builtins__", "__func__", "__self__", "__get__"]:
    if hasattr(f, name):
        print("ESCAPED", name)
for name in ["__code__", "__globals__", "__closure__"]:
    try:
        setattr(f, name, "just data")
        print("ESCAPED: set", name)
    except (AttributeError, TypeError):
        pass
if f(1) != 14:
    print("ESCAPED: the function changed")
for target in [functools.reduce, functools.wraps, len]:
    try:
        target.__name__ = "hijacked"
        print("ESCAPED: renamed", target)
    except (AttributeError, TypeError):
        pass
try:
    f.__dict__ = {}
    print("ESCAPED: replaced __dict__")
except (AttributeError, TypeError):
    pass
print(f.__name__, f.__doc__, f.__annotations__, sorted(f.__dict__))
