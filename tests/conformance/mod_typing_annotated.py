# area: typing: annotated agent code using Optional/Union/List/Dict/Callable/TypeVar/Generic-free helpers runs unchanged
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, TypeVar, Iterable

T = TypeVar("T")
Handler = Callable[[str], Optional[str]]

def first(items: Iterable[T], pred: Callable[[T], bool]) -> Optional[T]:
    for x in items:
        if pred(x):
            return x
    return None

def parse_pair(text: str) -> Tuple[str, Union[int, float, str]]:
    key, _, raw = text.partition("=")
    value: Union[int, float, str]
    try:
        value = int(raw)
    except ValueError:
        try:
            value = float(raw)
        except ValueError:
            value = raw
    return key.strip(), value

def route(msg: str, handlers: Dict[str, Handler]) -> List[str]:
    out: List[str] = []
    for prefix, h in handlers.items():
        if msg.startswith(prefix):
            res = h(msg[len(prefix):])
            if res is not None:
                out.append(res)
    return out

handlers: Dict[str, Handler] = {
    "!echo ": lambda s: s,
    "!up ": str.upper,
    "!": lambda s: None if s.startswith("echo") else f"unknown command {s.split()[0]!r}",
}
for msg in ["!echo hi there", "!up shout", "!frob x", "plain"]:
    print(f"{msg!r:<18} -> {route(msg, handlers)}")
print([parse_pair(p) for p in ["a=1", "b = 2.5", "c=three", "d="]])
print(first([3, 8, 12], lambda n: n > 5), first("abc", str.isdigit))
config: Dict[str, Any] = {"retries": 3}
maybe: Optional[int] = config.get("timeout")
print(maybe, config, Optional[str] == Optional[str])
