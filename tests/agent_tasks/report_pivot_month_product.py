# task: build a month x product pivot table of revenue from transaction records, with row and column totals
from collections import defaultdict
from datetime import date

TRANSACTIONS = [
    {"date": "2024-01-14", "product": "basic", "amount": 29.0},
    {"date": "2024-01-20", "product": "pro", "amount": 99.0},
    {"date": "2024-02-02", "product": "basic", "amount": 29.0},
    {"date": "2024-02-11", "product": "enterprise", "amount": 499.0},
    {"date": "2024-02-28", "product": "pro", "amount": 99.0},
    {"date": "2024-03-03", "product": "pro", "amount": 89.0},
    {"date": "2024-03-15", "product": "basic", "amount": 29.0},
    {"date": "2024-03-15", "product": "basic", "amount": 29.0},
    {"date": "2024-03-30", "product": "enterprise", "amount": 449.0},
]

pivot: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
for t in TRANSACTIONS:
    month = date.fromisoformat(t["date"]).strftime("%Y-%m")
    pivot[month][t["product"]] += t["amount"]

products = sorted({t["product"] for t in TRANSACTIONS})
months = sorted(pivot)
col_w = max(len(p) for p in products + ["total"]) + 2

print("month".ljust(9) + "".join(p.rjust(col_w) for p in products) + "total".rjust(col_w))
col_totals = dict.fromkeys(products, 0.0)
for m in months:
    row = pivot[m]
    cells = "".join(f"{row.get(p, 0):>{col_w},.0f}" if row.get(p) else "-".rjust(col_w) for p in products)
    print(f"{m:<9}{cells}{sum(row.values()):>{col_w},.0f}")
    for p in products:
        col_totals[p] += row.get(p, 0)
print("=" * (9 + col_w * (len(products) + 1)))
print("total".ljust(9) + "".join(f"{col_totals[p]:>{col_w},.0f}" for p in products)
      + f"{sum(col_totals.values()):>{col_w},.0f}")

growth = []
for prev, cur in zip(months, months[1:]):
    a, b = sum(pivot[prev].values()), sum(pivot[cur].values())
    growth.append(f"{cur}: {(b - a) / a:+.1%}")
print("month-over-month:", "; ".join(growth))
