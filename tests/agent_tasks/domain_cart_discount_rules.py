# task: price a shopping cart with pluggable discount rule classes
from dataclasses import dataclass


@dataclass
class Line:
    sku: str
    unit_cents: int
    qty: int
    category: str

    @property
    def total(self) -> int:
        return self.unit_cents * self.qty


class Rule:
    name = "rule"

    def discount(self, lines: list[Line]) -> int:
        return 0


class BuyXGetY(Rule):
    def __init__(self, sku: str, x: int, y: int):
        self.sku, self.x, self.y = sku, x, y
        self.name = f"buy {x} get {y} free on {sku}"

    def discount(self, lines):
        for line in lines:
            if line.sku == self.sku:
                free = (line.qty // (self.x + self.y)) * self.y
                return free * line.unit_cents
        return 0


class CategoryPercent(Rule):
    def __init__(self, category: str, pct: int):
        self.category, self.pct = category, pct
        self.name = f"{pct}% off {category}"

    def discount(self, lines):
        return sum(l.total for l in lines if l.category == self.category) * self.pct // 100


class Threshold(Rule):
    def __init__(self, min_cents: int, off_cents: int):
        self.min_cents, self.off_cents = min_cents, off_cents
        self.name = f"${off_cents / 100:.0f} off orders over ${min_cents / 100:.0f}"

    def discount(self, lines):
        return self.off_cents if sum(l.total for l in lines) >= self.min_cents else 0


CART_CSV = """sku,price,qty,category
apple,0.45,7,produce
coffee,8.99,2,pantry
cheese,5.25,1,dairy
yogurt,1.10,6,dairy
bread,3.40,1,bakery"""

lines = []
for row in CART_CSV.splitlines()[1:]:
    sku, price, qty, cat = row.split(",")
    lines.append(Line(sku, round(float(price) * 100), int(qty), cat))

rules = [BuyXGetY("apple", 3, 1), CategoryPercent("dairy", 15), Threshold(3000, 500), BuyXGetY("tea", 1, 1)]
subtotal = sum(l.total for l in lines)
print(f"{'item':<8}{'qty':>4}{'total':>9}")
for l in lines:
    print(f"{l.sku:<8}{l.qty:>4}{l.total / 100:>9.2f}")
print(f"{'subtotal':<12}{subtotal / 100:>9.2f}")
applied = [(r.name, r.discount(lines)) for r in rules]
for name, cents in applied:
    if cents:
        print(f"  - {name}: -{cents / 100:.2f}")
skipped = [name for name, cents in applied if not cents]
total = subtotal - sum(c for _, c in applied)
print(f"{'total':<12}{total / 100:>9.2f}  (saved {1 - total / subtotal:.1%})")
print("not applicable:", skipped)
