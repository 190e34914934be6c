# task: bill metered usage under graduated and volume tier pricing models and compare customer invoices
from itertools import pairwise

# (tier upper bound in units or None, price per unit in hundredths of a cent)
TIERS = [(1_000, 0), (10_000, 150), (100_000, 100), (None, 60)]


def graduated(units: int) -> tuple[int, list[str]]:
    """Each tier's units are priced at that tier's rate."""
    total, lower, lines = 0, 0, []
    for upper, rate in TIERS:
        if units <= lower:
            break
        in_tier = (units if upper is None else min(units, upper)) - lower
        cost = in_tier * rate
        total += cost
        label = f"{lower + 1:,}-{upper:,}" if upper else f"{lower + 1:,}+"
        lines.append(f"{label:>16}: {in_tier:>8,} x {rate / 100:.2f}c = {cost / 10000:>9.2f}")
        lower = upper or lower
    return total, lines


def volume(units: int) -> int:
    """All units are priced at the rate of the tier the total falls into."""
    for upper, rate in TIERS:
        if upper is None or units <= upper:
            return units * rate
    raise AssertionError("unreachable")


def to_dollars(ten_thousandths: int) -> str:
    cents = (ten_thousandths + 50) // 100
    return f"${cents / 100:,.2f}"


CUSTOMERS = {"tiny": 800, "small": 4_500, "medium": 60_000, "large": 250_000, "edge": 10_000}
tier_bounds = [u for u, _ in TIERS if u]
print("tier bounds:", " | ".join(f"{a:,}->{b:,}" for a, b in pairwise([0] + tier_bounds)))
for name, units in CUSTOMERS.items():
    g_total, lines = graduated(units)
    v_total = volume(units)
    print(f"\n{name}: {units:,} units")
    for line in lines:
        print("   " + line)
    cheaper = "graduated" if g_total < v_total else "volume" if v_total < g_total else "either"
    print(f"   graduated {to_dollars(g_total)} vs volume {to_dollars(v_total)} -> {cheaper} is cheaper")
    print(f"   effective rate {g_total / units / 100 if units else 0:.4f} cents/unit")
