# task: compute restaurant tips on pre-tax subtotals for several tip rates, rounding totals up to friendly amounts
import math

BILLS = [
    {"table": 4, "subtotal": 86.40, "tax_rate": 0.0875, "guests": 3},
    {"table": 7, "subtotal": 23.15, "tax_rate": 0.0875, "guests": 1},
    {"table": 9, "subtotal": 312.00, "tax_rate": 0.0875, "guests": 6},
]
TIP_RATES = (0.15, 0.18, 0.20, 0.22)


def to_cents(amount: float) -> int:
    return round(amount * 100)


def round_up_to(cents: int, step_cents: int) -> int:
    return math.ceil(cents / step_cents) * step_cents


for bill in BILLS:
    subtotal = to_cents(bill["subtotal"])
    tax = round(subtotal * bill["tax_rate"])
    print(f"table {bill['table']}: subtotal {subtotal / 100:.2f} + tax {tax / 100:.2f} = "
          f"{(subtotal + tax) / 100:.2f} ({bill['guests']} guest{'s' if bill['guests'] > 1 else ''})")
    print(f"   {'rate':>5}{'tip':>9}{'total':>10}{'rounded':>10}{'eff. tip':>10}{'per guest':>11}")
    for rate in TIP_RATES:
        tip = round(subtotal * rate)
        total = subtotal + tax + tip
        friendly = round_up_to(total, 100 if total < 10_000 else 500)
        effective = (friendly - subtotal - tax) / subtotal
        per_guest = math.ceil(friendly / bill["guests"])
        print(f"   {rate:>5.0%}{tip / 100:>9.2f}{total / 100:>10.2f}{friendly / 100:>10.2f}"
              f"{effective:>10.1%}{per_guest / 100:>11.2f}")
    print()

service_min = min(BILLS, key=lambda b: b["subtotal"])
print(f"smallest bill is table {service_min['table']}; a flat 5.00 tip there is "
      f"{500 / to_cents(service_min['subtotal']):.1%}")
