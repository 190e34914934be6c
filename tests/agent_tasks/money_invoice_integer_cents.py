# task: build an invoice from line items using integer cents, with per-line discounts, tax and a formatted printout
from dataclasses import dataclass


@dataclass
class LineItem:
    description: str
    unit_cents: int
    quantity: int
    discount_pct: int = 0

    @property
    def gross_cents(self) -> int:
        return self.unit_cents * self.quantity

    @property
    def discount_cents(self) -> int:
        # round half up on the discount, in integer arithmetic
        return (self.gross_cents * self.discount_pct + 50) // 100

    @property
    def net_cents(self) -> int:
        return self.gross_cents - self.discount_cents


def fmt(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}"


ITEMS = [
    LineItem("Consulting (hours)", 15000, 12),
    LineItem("Cloud credits", 999, 37, discount_pct=10),
    LineItem("Support plan", 4950, 1),
    LineItem("Training seats", 32500, 3, discount_pct=15),
]
TAX_RATE_BP = 825  # 8.25% in basis points

print(f"INVOICE #2024-0042")
print(f"{'description':<20}{'qty':>4}{'unit':>12}{'disc':>11}{'amount':>13}")
for item in ITEMS:
    disc = fmt(-item.discount_cents) if item.discount_cents else ""
    print(f"{item.description:<20}{item.quantity:>4}{fmt(item.unit_cents):>12}{disc:>11}{fmt(item.net_cents):>13}")

subtotal = sum(i.net_cents for i in ITEMS)
tax = (subtotal * TAX_RATE_BP + 5000) // 10000
total = subtotal + tax
print("-" * 60)
print(f"{'subtotal':<47}{fmt(subtotal):>13}")
print(f"{'tax 8.25%':<47}{fmt(tax):>13}")
print(f"{'TOTAL DUE':<47}{fmt(total):>13}")
print(f"check: float total {sum(i.net_cents for i in ITEMS) / 100 * 1.0825:.4f} vs integer {total / 100:.2f}")
