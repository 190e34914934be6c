# area: dataclasses: nested dataclasses for an order system, default_factory, field(compare=False), asdict to JSON, frozen keys
from dataclasses import dataclass, field, asdict, fields
import json

@dataclass(frozen=True)
class SKU:
    code: str
    size: str = "M"

@dataclass
class Line:
    sku: SKU
    qty: int
    unit_price: float
    @property
    def total(self):
        return round(self.qty * self.unit_price, 2)

@dataclass
class Order:
    order_id: int
    customer: str
    lines: list = field(default_factory=list)
    notes: str = field(default="", compare=False)
    def add(self, sku, qty, price):
        for line in self.lines:
            if line.sku == sku:
                line.qty += qty
                return self
        self.lines.append(Line(sku, qty, price))
        return self
    @property
    def total(self):
        return round(sum(l.total for l in self.lines), 2)

o = Order(1, "acme")
o.add(SKU("TEE"), 2, 12.5).add(SKU("TEE", "L"), 1, 13.0).add(SKU("TEE"), 3, 12.5).add(SKU("CAP", "OS"), 1, 8.99)
print(o)
print(o.total, [l.total for l in o.lines])
print(json.dumps(asdict(o), indent=None))
stock = {SKU("TEE"): 10, SKU("TEE", "L"): 0}
print(stock[SKU("TEE")], SKU("TEE") == SKU("TEE", "M"), SKU("CAP") in stock, len({SKU("A"), SKU("A")}))
o2 = Order(1, "acme", list(o.lines), notes="rush")
print(o == o2, o2.notes, [f.name for f in fields(Order)])
by_size = {}
for l in o.lines:
    by_size[l.sku.size] = by_size.get(l.sku.size, 0) + l.qty
print(by_size)
