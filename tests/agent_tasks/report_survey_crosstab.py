# task: cross-tabulate survey answers (plan x satisfaction) with row percentages and a chi-square style expected table
from collections import Counter

RESPONSES = [
    ("free", "low"), ("free", "medium"), ("free", "low"), ("free", "high"), ("free", "low"),
    ("pro", "high"), ("pro", "medium"), ("pro", "high"), ("pro", "high"), ("pro", "low"),
    ("team", "medium"), ("team", "high"), ("team", "medium"), ("team", "medium"),
    ("free", "medium"), ("pro", "medium"), ("team", "high"), ("free", "low"),
]
PLANS = ["free", "pro", "team"]
LEVELS = ["low", "medium", "high"]

table = Counter(RESPONSES)
row_tot = Counter(plan for plan, _ in RESPONSES)
col_tot = Counter(level for _, level in RESPONSES)
n = len(RESPONSES)

print("counts (row %)")
print(f"{'plan':<6}" + "".join(f"{lv:>14}" for lv in LEVELS) + f"{'total':>7}")
for plan in PLANS:
    cells = "".join(f"{table[(plan, lv)]:>6} ({table[(plan, lv)] / row_tot[plan]:>4.0%})" for lv in LEVELS)
    print(f"{plan:<6}{cells}{row_tot[plan]:>7}")
print(f"{'total':<6}" + "".join(f"{col_tot[lv]:>14}" for lv in LEVELS) + f"{n:>7}")

chi2 = 0.0
print("\nexpected counts under independence")
for plan in PLANS:
    row = []
    for lv in LEVELS:
        expected = row_tot[plan] * col_tot[lv] / n
        chi2 += (table[(plan, lv)] - expected) ** 2 / expected
        row.append(f"{expected:>8.2f}")
    print(f"{plan:<6}" + "".join(row))
dof = (len(PLANS) - 1) * (len(LEVELS) - 1)
print(f"\nchi-square = {chi2:.3f} with {dof} degrees of freedom")
print("association looks", "strong" if chi2 > 9.488 else "weak", "(critical value 9.488 at 5%)")
