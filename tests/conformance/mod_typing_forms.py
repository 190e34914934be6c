# mod: typing forms and type expressions print and compare as CPython's; annotations are evaluated
from typing import Any, Callable, Dict, List, Literal, NamedTuple, Optional, Tuple, TypedDict, Union, get_args, get_origin, get_type_hints

print(list[int], dict[str, list[int]], tuple[int, ...], int | None, str | int | None)
print(Optional[int], Union[int, str], List[int], Dict[str, Any], Callable[[int, str], bool], Literal["a", "b"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(int | None), get_origin(list[int]))
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, Optional[int]))
print(Optional[int] == Union[int, None], int | str == str | int)


def fetch(url: str, retries: int = 3, timeout: Optional[float] = None) -> dict[str, Any]:
    return {}


print(fetch.__annotations__)
print(get_type_hints(fetch))


class Position(NamedTuple):
    symbol: str
    qty: int = 0

    def value(self, price):
        return self.qty * price


p = Position("ABC", 3)
print(p, p.symbol, p.qty, p.value(2), p._asdict(), Position._fields, p == ("ABC", 3))
sym, qty = p
print(sym, qty, Position("X"))


class Row(TypedDict, total=False):
    name: str
    age: int


r = Row(name="ann")
print(r, type(r).__name__, sorted(Row.__optional_keys__), Row.__total__)


class Config:
    host: str = "localhost"
    port: int = 8080
    tags: list[str]


print(Config.__annotations__)
print(get_type_hints(Config))
