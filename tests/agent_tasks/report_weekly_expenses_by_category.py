# task: aggregate card expenses into ISO weeks by category and print a week x category matrix with budgets
from collections import defaultdict
from datetime import date

EXPENSES = [
    ("2024-10-01", "groceries", 54.20), ("2024-10-02", "transport", 12.50),
    ("2024-10-03", "dining", 38.00), ("2024-10-05", "groceries", 71.35),
    ("2024-10-07", "transport", 30.00), ("2024-10-08", "dining", 22.40),
    ("2024-10-09", "groceries", 43.10), ("2024-10-10", "entertainment", 60.00),
    ("2024-10-12", "dining", 95.75), ("2024-10-15", "groceries", 88.90),
    ("2024-10-16", "transport", 12.50), ("2024-10-19", "entertainment", 15.00),
]
WEEKLY_BUDGET = {"groceries": 80, "transport": 25, "dining": 50, "entertainment": 40}

matrix: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
for day, category, amount in EXPENSES:
    year, week, _ = date.fromisoformat(day).isocalendar()
    matrix[f"{year}-W{week:02d}"][category] += amount

cats = list(WEEKLY_BUDGET)
print("week     " + "".join(f"{c:>15}" for c in cats) + f"{'total':>10}")
for week in sorted(matrix):
    cells = []
    for c in cats:
        spent = matrix[week].get(c, 0.0)
        flag = "*" if spent > WEEKLY_BUDGET[c] else " "
        cells.append(f"{spent:>14.2f}{flag}")
    print(f"{week:<9}" + "".join(cells) + f"{sum(matrix[week].values()):>10.2f}")
print("(* = over weekly budget)")

print("\ncategory totals vs budget over", len(matrix), "weeks:")
for c in cats:
    spent = sum(matrix[w].get(c, 0.0) for w in matrix)
    budget = WEEKLY_BUDGET[c] * len(matrix)
    status = "over" if spent > budget else "under"
    print(f"  {c:<14} {spent:>8.2f} / {budget:>6.2f}  {status} by {abs(spent - budget):.2f}")
