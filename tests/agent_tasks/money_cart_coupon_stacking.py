# task: apply stackable coupons to a shopping cart in priority order with eligibility rules and a savings breakdown
from dataclasses import dataclass
from typing import Protocol


@dataclass
class CartLine:
    sku: str
    category: str
    unit_cents: int
    qty: int

    @property
    def total(self) -> int:
        return self.unit_cents * self.qty


class Coupon(Protocol):
    code: str
    priority: int

    def discount(self, lines: list[CartLine], running_total: int) -> int: ...


@dataclass
class PercentOffCategory:
    code: str
    category: str
    percent: int
    priority: int = 1

    def discount(self, lines, running_total):
        eligible = sum(l.total for l in lines if l.category == self.category)
        return eligible * self.percent // 100


@dataclass
class BuyXGetOneFree:
    code: str
    sku: str
    x: int
    priority: int = 0

    def discount(self, lines, running_total):
        line = next((l for l in lines if l.sku == self.sku), None)
        return 0 if line is None else (line.qty // (self.x + 1)) * line.unit_cents


@dataclass
class AmountOffOver:
    code: str
    threshold: int
    amount: int
    priority: int = 2

    def discount(self, lines, running_total):
        return self.amount if running_total >= self.threshold else 0


CART = [
    CartLine("TEE-BLK", "apparel", 1800, 4),
    CartLine("MUG-01", "home", 1250, 2),
    CartLine("HOOD-GRY", "apparel", 4500, 1),
    CartLine("CANDLE", "home", 899, 3),
]
COUPONS: list[Coupon] = [
    AmountOffOver("SAVE10", threshold=10000, amount=1000),
    PercentOffCategory("HOME20", "home", 20),
    BuyXGetOneFree("TEE3FOR2", "TEE-BLK", x=2),
    AmountOffOver("BIG50", threshold=20000, amount=5000),
]

subtotal = sum(l.total for l in CART)
running = subtotal
print(f"subtotal: {subtotal / 100:.2f}")
for coupon in sorted(COUPONS, key=lambda c: (c.priority, c.code)):
    off = min(coupon.discount(CART, running), running)
    status = f"-{off / 100:.2f}" if off else "not eligible"
    running -= off
    print(f"  {coupon.code:<9} ({type(coupon).__name__:<18}) {status:>13}  -> {running / 100:.2f}")
print(f"you save {(subtotal - running) / 100:.2f} ({(subtotal - running) / subtotal:.1%}); pay {running / 100:.2f}")
