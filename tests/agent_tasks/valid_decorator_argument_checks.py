# task: enforce argument contracts on agent tool functions with a validating decorator driven by type hints
import functools
from typing import get_type_hints


class ContractError(TypeError):
    pass


def validated(**rules):
    """Check annotated types of keyword arguments, then per-argument predicate rules, before calling."""
    def decorator(func):
        hints = {k: v for k, v in get_type_hints(func).items() if k != "return"}

        @functools.wraps(func)
        def wrapper(**kwargs):
            for name, value in kwargs.items():
                if name not in hints:
                    raise ContractError(f"{func.__name__}() got unknown argument {name!r}")
                expected = hints[name]
                if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                    raise ContractError(f"{func.__name__}({name}=...) expects {expected.__name__}, "
                                        f"got {type(value).__name__}")
                if name in rules:
                    check, message = rules[name]
                    if not check(value):
                        raise ContractError(f"{func.__name__}({name}={value!r}): {message}")
            wrapper.calls += 1
            return func(**kwargs)
        wrapper.calls = 0
        return wrapper
    return decorator


@validated(limit=(lambda n: 1 <= n <= 50, "must be between 1 and 50"),
           query=(lambda q: q.strip() != "", "must not be blank"))
def search_docs(*, query: str, limit: int = 10) -> list[str]:
    """Pretend search tool."""
    return [f"doc-{i}:{query}" for i in range(min(limit, 3))]


@validated(path=(lambda p: p.startswith("/workspace/"), "must stay inside /workspace/"))
def read_note(*, path: str, max_bytes: int = 1024) -> str:
    return f"<{max_bytes} bytes of {path}>"


TOOLS = {"search_docs": search_docs, "read_note": read_note}
CALLS = [
    ("search_docs", {"query": "gc pauses"}),
    ("search_docs", {"query": "gc pauses", "limit": 100}),
    ("search_docs", {"query": "   "}),
    ("search_docs", {"query": 42}),
    ("search_docs", {"query": "x", "limit": True}),
    ("read_note", {"path": "/workspace/todo.md", "max_bytes": 64}),
    ("read_note", {"path": "/etc/passwd"}),
    ("read_note", {"path": "/workspace/a.md", "max_bytes": "64"}),
    ("read_note", {"pth": "/workspace/x"}),
    ("read_note", {}),
]

for name, kwargs in CALLS:
    shown = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    try:
        result = TOOLS[name](**kwargs)
        print(f"{name}({shown}) -> {result}")
    except ContractError as e:
        print(f"ContractError: {e}")
    except TypeError as e:
        print(f"TypeError: {e}")
print("successful calls:", {n: f.calls for n, f in TOOLS.items()})
print("wrapped names:", search_docs.__name__, read_note.__name__, "| doc:", search_docs.__doc__)
