# area: dataclasses: fields with defaults and default_factory, __post_init__ validation, order=True sorting, asdict, replace
from dataclasses import dataclass, field, asdict, replace, astuple

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")
        self.sort_key = self.price * self.qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)

stock = [
    Item("bolt", 0.10, 500, ["hardware"]),
    Item("drill", 89.99, 2, ["tools", "power"]),
    Item("tape", 3.49, 40),
    Item("saw", 24.50, 5, ["tools"]),
]
for it in stock:
    print(it)
print("by value:", [i.name for i in sorted(stock)])
print("total:", round(sum(i.value for i in stock), 2))
print(asdict(stock[1]))
print(astuple(stock[2]))
cheaper = replace(stock[1], price=79.99)
print(cheaper, cheaper.value, cheaper == stock[1])
print(Item("x", 1.0) == Item("x", 1.0), Item("x", 1.0, 2) < Item("y", 1.0, 3))
try:
    Item("broken", -1.0)
except ValueError as e:
    print("rejected:", e)
tools = [i.name for i in stock if "tools" in i.tags]
print("tools:", tools)
