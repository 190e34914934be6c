# task: group expense records by calendar month, compute monthly totals and month-over-month change
from collections import defaultdict
from datetime import date, datetime
from itertools import groupby

EXPENSES = [
    {"date": "2024-01-05", "category": "travel", "amount": 320.00},
    {"date": "2024-01-19", "category": "software", "amount": 49.99},
    {"date": "2024-01-31", "category": "meals", "amount": 86.40},
    {"date": "2024-02-01", "category": "travel", "amount": 150.00},
    {"date": "2024-02-14", "category": "meals", "amount": 120.25},
    {"date": "2024-02-29", "category": "software", "amount": 49.99},
    {"date": "2024-04-02", "category": "hardware", "amount": 1299.00},
    {"date": "2024-04-18", "category": "meals", "amount": 42.10},
    {"date": "2023-12-28", "category": "travel", "amount": 210.00},
]

records = sorted(
    ({**e, "day": datetime.strptime(e["date"], "%Y-%m-%d").date()} for e in EXPENSES),
    key=lambda e: e["day"],
)


def month_key(d: date) -> tuple[int, int]:
    return d.year, d.month


monthly = {}
for key, group in groupby(records, key=lambda e: month_key(e["day"])):
    items = list(group)
    by_cat = defaultdict(float)
    for e in items:
        by_cat[e["category"]] += e["amount"]
    monthly[key] = {"total": sum(e["amount"] for e in items), "count": len(items), "by_cat": dict(by_cat)}

# fill gaps so that months without expenses show up as zero
first, last = min(monthly), max(monthly)
y, m = first
previous = None
while (y, m) <= last:
    info = monthly.get((y, m), {"total": 0.0, "count": 0, "by_cat": {}})
    label = date(y, m, 1).strftime("%b %Y")
    change = ""
    if previous:
        change = f"{(info['total'] - previous) / previous:+.0%}"
    elif previous == 0 and info["total"]:
        change = "new"
    top = max(info["by_cat"], key=info["by_cat"].get) if info["by_cat"] else "-"
    print(f"{label:<9} {info['count']:>2} items {info['total']:>9.2f}  {change:>6}  top: {top}")
    previous = info["total"]
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)

year_total = sum(v["total"] for (yy, _), v in monthly.items() if yy == 2024)
print(f"2024 total: {year_total:.2f}; average per active month: {year_total / sum(1 for k in monthly if k[0] == 2024):.2f}")
