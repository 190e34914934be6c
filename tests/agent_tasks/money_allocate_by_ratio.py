# task: allocate an amount in cents across parties by ratio with the largest-remainder method, never losing a cent
def allocate(total_cents: int, ratios: dict[str, int]) -> dict[str, int]:
    if total_cents < 0:
        return {k: -v for k, v in allocate(-total_cents, ratios).items()}
    weight = sum(ratios.values())
    if weight <= 0:
        raise ValueError("ratios must sum to a positive number")
    shares = {k: total_cents * r // weight for k, r in ratios.items()}
    remainders = {k: total_cents * r % weight for k, r in ratios.items()}
    leftover = total_cents - sum(shares.values())
    for k in sorted(ratios, key=lambda k: (-remainders[k], k))[:leftover]:
        shares[k] += 1
    return shares


def naive(total_cents: int, ratios: dict[str, int]) -> dict[str, int]:
    weight = sum(ratios.values())
    return {k: round(total_cents * r / weight) for k, r in ratios.items()}


def money(c: int) -> str:
    return f"{c / 100:,.2f}"


CASES = [
    ("rent split by room size", 2_450_00, {"ana": 14, "ben": 11, "cho": 9}),
    ("profit share 50/30/20", 1_000_01, {"founder": 50, "investor": 30, "pool": 20}),
    ("three equal partners", 100, {"x": 1, "y": 1, "z": 1}),
    ("refund reversal", -999, {"card": 2, "voucher": 1}),
    ("bad weights", 500, {"a": 0, "b": 0}),
]

for title, total, ratios in CASES:
    print(f"{title}: {money(total)} by {ratios}")
    try:
        fair = allocate(total, ratios)
    except ValueError as e:
        print(f"  error: {e}")
        continue
    rough = naive(total, ratios)
    for k in ratios:
        diff = "" if fair[k] == rough[k] else f"  (naive rounding: {money(rough[k])})"
        print(f"  {k:<9}{money(fair[k]):>10}{diff}")
    print(f"  allocated {money(sum(fair.values()))}, naive would total {money(sum(rough.values()))}")
