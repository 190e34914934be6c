# task: harmonise inventory quantities reported in mixed units (kg/g/lb, L/ml, dozen) into base units per item
import re
from collections import defaultdict

TO_BASE = {
    "kg": ("g", 1000), "g": ("g", 1), "lb": ("g", 453.592), "oz": ("g", 28.3495),
    "l": ("ml", 1000), "ml": ("ml", 1), "gal": ("ml", 3785.41),
    "dozen": ("pcs", 12), "pcs": ("pcs", 1), "each": ("pcs", 1),
}

STOCK_REPORTS = """
warehouse-a | flour   | 25 kg
warehouse-b | flour   | 40 lb
warehouse-a | sugar   | 12.5kg
warehouse-c | sugar   | 800 g
warehouse-a | milk    | 30 L
warehouse-b | milk    | 2 gal
warehouse-c | eggs    | 10 dozen
warehouse-a | eggs    | 36 each
warehouse-b | vanilla | 3 bottles
warehouse-c | milk    | 500ml
"""

QTY_RE = re.compile(r"^([\d.]+)\s*([a-zA-Z]+)$")

totals: dict[str, float] = defaultdict(float)
units: dict[str, str] = {}
by_site: dict[str, dict[str, float]] = defaultdict(dict)
errors = []

for line in STOCK_REPORTS.strip().splitlines():
    site, item, qty = (part.strip() for part in line.split("|"))
    m = QTY_RE.match(qty)
    if not m or m.group(2).lower() not in TO_BASE:
        errors.append(f"{site}/{item}: cannot convert {qty!r}")
        continue
    amount, unit = float(m.group(1)), m.group(2).lower()
    base_unit, factor = TO_BASE[unit]
    if units.setdefault(item, base_unit) != base_unit:
        errors.append(f"{site}/{item}: unit {unit} incompatible with {units[item]}")
        continue
    value = amount * factor
    totals[item] += value
    by_site[item][site] = value


def pretty(value: float, unit: str) -> str:
    if unit in ("g", "ml") and value >= 1000:
        return f"{value / 1000:,.2f} {'kg' if unit == 'g' else 'L'}"
    return f"{value:,.0f} {unit}"


for item in sorted(totals):
    sites = ", ".join(f"{s}={pretty(v, units[item])}" for s, v in sorted(by_site[item].items()))
    print(f"{item:<8} total {pretty(totals[item], units[item]):>10}   ({sites})")
print("errors:")
for e in errors:
    print(" ", e)
