# area: the typing module
from typing import Any, Dict, List, Optional, Tuple, Union, Callable, Iterable, TYPE_CHECKING, cast
import typing

Vector = List[float]
Handler = Callable[[str], Optional[Dict[str, Any]]]

def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]

def first(items: Iterable[Union[int, str]]) -> Optional[Tuple[int, str]]:
    for i, x in enumerate(items):
        return (i, str(x))
    return None

print(scale([1.0, 2.0], 2), first(["a"]), first([]), TYPE_CHECKING, cast(int, "3"))
x: Dict[str, List[int]] = {"a": [1]}
print(x, typing.Optional is Optional)
