# task: back out VAT from gross receipt totals at several rates, reconcile per-rate sums and build a VAT return summary
from collections import defaultdict

VAT_RATES = {"standard": 20, "reduced": 5, "zero": 0}
RECEIPTS = [
    ("R-001", [("standard", 1_200), ("reduced", 315)]),
    ("R-002", [("standard", 9_999)]),
    ("R-003", [("zero", 450), ("standard", 600), ("reduced", 1_050)]),
    ("R-004", [("standard", 1)]),
    ("R-005", [("reduced", 2_099), ("standard", 13_337)]),
]


def split_gross(gross: int, rate_pct: int) -> tuple[int, int]:
    """Return (net, vat) in cents; VAT = gross * r / (100 + r), rounded half up."""
    vat = (gross * rate_pct * 2 + (100 + rate_pct)) // (2 * (100 + rate_pct))
    return gross - vat, vat


per_rate = defaultdict(lambda: {"gross": 0, "net": 0, "vat": 0})
print(f"{'receipt':<8}{'rate':<14}{'gross':>9}{'net':>9}{'vat':>8}")
for receipt, lines in RECEIPTS:
    for band, gross in lines:
        net, vat = split_gross(gross, VAT_RATES[band])
        bucket = per_rate[band]
        bucket["gross"] += gross
        bucket["net"] += net
        bucket["vat"] += vat
        print(f"{receipt:<8}{band + f' {VAT_RATES[band]}%':<14}{gross / 100:>9.2f}{net / 100:>9.2f}{vat / 100:>8.2f}")

print("\nVAT return summary")
total_vat = 0
for band in VAT_RATES:
    b = per_rate[band]
    _, vat_on_total = split_gross(b["gross"], VAT_RATES[band])
    diff = b["vat"] - vat_on_total
    total_vat += b["vat"]
    note = f" (per-line rounding drift {diff:+d}c)" if diff else ""
    print(f"  {band:<9} sales {b['gross'] / 100:>9.2f}  net {b['net'] / 100:>9.2f}  vat {b['vat'] / 100:>7.2f}{note}")
print(f"  VAT payable: {total_vat / 100:.2f}")
print(f"  float check for 99.99 @20%: {99.99 - 99.99 / 1.2:.10f}")
