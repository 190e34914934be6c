# area: the dataclasses module
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional, Dict
import dataclasses
import json

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty

a = Item("apple", 0.5, 4)
b = Item("pear", 1.25, tags=["fruit"])
print(a, b, a.total(), a == Item("apple", 0.5, 4), a != b)
print(asdict(b), astuple(a), [f.name for f in fields(Item)])
print(json.dumps(asdict(b)), replace(a, qty=10))
a.qty += 1
print(a.qty, dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(3))

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), max(v1, v2), {v1: "x"}[Version(1, 2)], hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))

@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        self.value = abs(self.value)

root = Node(-1, [Node(2), Node(3)])
print(root, len(root.children))

@dataclass
class Employee(Item):
    dept: str = "eng"

e = Employee("bob", 10.0, 2, dept="ops")
print(e, isinstance(e, Item))

for bad in [lambda: Item(), lambda: Item("x"), lambda: Item("x", 1, 2, [], 5), lambda: Item("x", 1, nope=2)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as err:
    print("ValueError:", err)

@dataclass
class Config:
    retries: int = 3
    hosts: Dict[str, int] = field(default_factory=dict)
c = Config()
c.hosts["a"] = 1
print(c, Config(), c == Config(hosts={"a": 1}))
try:
    hash(c)
except TypeError as err:
    print(err)
