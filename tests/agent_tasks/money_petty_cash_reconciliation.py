# task: reconcile a petty cash box: count denominations, compare with the voucher log, and explain the discrepancy
from collections import Counter

DENOMINATIONS = {"50": 5000, "20": 2000, "10": 1000, "5": 500, "1": 100,
                 "0.25": 25, "0.10": 10, "0.05": 5, "0.01": 1}
OPENING_FLOAT = 30_000
VOUCHERS = [
    ("V-101", "stamps", 1_460),
    ("V-102", "taxi to bank", 2_350),
    ("V-103", "office snacks", 4_199),
    ("V-104", "replenishment", -10_000),
    ("V-105", "courier", 1_875),
    ("V-106", "cleaning supplies", 3_012),
]
COUNT = Counter({"50": 3, "20": 5, "10": 2, "5": 0, "1": 0, "0.25": 0, "0.10": 1, "0.05": 0, "0.01": 4})


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


counted = 0
print("cash count")
for denom, value in DENOMINATIONS.items():
    n = COUNT[denom]
    if n:
        counted += n * value
        print(f"  {n:>3} x {denom:>5} = {money(n * value):>8}")
print(f"  counted total: {money(counted)}")

spent = sum(c for _, _, c in VOUCHERS if c > 0)
topped_up = -sum(c for _, _, c in VOUCHERS if c < 0)
expected = OPENING_FLOAT - spent + topped_up
print(f"\nopening float {money(OPENING_FLOAT)} - vouchers {money(spent)} + replenishment {money(topped_up)}"
      f" = expected {money(expected)}")
diff = counted - expected
if diff == 0:
    print("box balances exactly")
else:
    print(f"discrepancy: {'over' if diff > 0 else 'short'} by {money(abs(diff))}")
    suspects = [v for v in VOUCHERS if abs(v[2]) == abs(diff) or abs(v[2] - abs(diff)) < 100]
    for vid, memo, cents in suspects:
        print(f"  check {vid} ({memo}, {money(cents)}) - close to the difference")
    for vid, memo, cents in VOUCHERS:
        digits = str(abs(cents))
        for i in range(len(digits) - 1):
            swapped = int(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
            if abs(swapped - abs(cents)) == abs(diff):
                print(f"  possible transposition in {vid}: {money(cents)} vs {money(swapped)}")
to_restore = OPENING_FLOAT - counted
print(f"top up {money(to_restore)} to restore the float" if to_restore > 0 else "no top-up needed")
