# task: check warehouse inventory against reorder points and build a restock plan
from dataclasses import dataclass, field
import json

INVENTORY_JSON = """
[
  {"sku": "WID-001", "name": "Widget", "qty": 14, "reorder_point": 20, "unit_cost": 2.5, "supplier": "Acme"},
  {"sku": "GAD-002", "name": "Gadget", "qty": 55, "reorder_point": 30, "unit_cost": 7.25, "supplier": "Globex"},
  {"sku": "GIZ-003", "name": "Gizmo", "qty": 0, "reorder_point": 10, "unit_cost": 12.0, "supplier": "Acme"},
  {"sku": "DOO-004", "name": "Doohickey", "qty": 9, "reorder_point": 12, "unit_cost": 1.1, "supplier": "Initech"},
  {"sku": "THM-005", "name": "Thingamajig", "qty": 40, "reorder_point": 40, "unit_cost": 4.75, "supplier": "Globex"}
]
"""


@dataclass
class StockItem:
    sku: str
    name: str
    qty: int
    reorder_point: int
    unit_cost: float
    supplier: str
    tags: list[str] = field(default_factory=list)

    @property
    def needs_restock(self) -> bool:
        return self.qty <= self.reorder_point

    @property
    def order_quantity(self) -> int:
        # order enough to get back to twice the reorder point
        return max(0, self.reorder_point * 2 - self.qty)

    @property
    def status(self) -> str:
        if self.qty == 0:
            return "OUT"
        return "LOW" if self.needs_restock else "OK"


class Inventory:
    def __init__(self, items):
        self._items = {item.sku: item for item in items}

    @classmethod
    def from_json(cls, text: str) -> "Inventory":
        return cls(StockItem(**row) for row in json.loads(text))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items.values())

    def restock_plan(self) -> dict[str, list[tuple[str, int, float]]]:
        plan: dict[str, list[tuple[str, int, float]]] = {}
        for item in self:
            if item.needs_restock:
                qty = item.order_quantity
                plan.setdefault(item.supplier, []).append((item.sku, qty, qty * item.unit_cost))
        return plan


inv = Inventory.from_json(INVENTORY_JSON)
print(f"Inventory has {len(inv)} SKUs")
print(f"{'SKU':<8} {'Name':<12} {'Qty':>4} {'ROP':>4} Status")
for item in sorted(inv, key=lambda i: (i.status != "OUT", i.status != "LOW", i.sku)):
    print(f"{item.sku:<8} {item.name:<12} {item.qty:>4} {item.reorder_point:>4} {item.status}")

print()
grand_total = 0.0
for supplier, lines in sorted(inv.restock_plan().items()):
    subtotal = sum(cost for _, _, cost in lines)
    grand_total += subtotal
    print(f"PO for {supplier}: subtotal ${subtotal:,.2f}")
    for sku, qty, cost in lines:
        print(f"  - {sku} x{qty} = ${cost:.2f}")
print(f"Total restock cost: ${grand_total:,.2f}")
