# task: summarise order lines by region and product with totals, shares and a formatted text table
from collections import defaultdict

ORDERS = [
    ("EMEA", "widget", 12, 4.50), ("EMEA", "gadget", 3, 19.99), ("APAC", "widget", 30, 4.25),
    ("AMER", "gizmo", 7, 12.00), ("AMER", "widget", 18, 4.50), ("APAC", "gadget", 5, 21.00),
    ("EMEA", "gizmo", 2, 12.50), ("AMER", "gadget", 9, 19.99), ("APAC", "gizmo", 11, 11.75),
    ("EMEA", "widget", 6, 4.50),
]

revenue = defaultdict(float)
units = defaultdict(int)
by_product = defaultdict(lambda: defaultdict(float))
for region, product, qty, price in ORDERS:
    revenue[region] += qty * price
    units[region] += qty
    by_product[region][product] += qty * price

grand = sum(revenue.values())
header = f"{'region':<6} | {'units':>5} | {'revenue':>10} | {'share':>6} | best product"
print(header)
print("-" * len(header))
for region in sorted(revenue, key=revenue.get, reverse=True):
    best = max(by_product[region].items(), key=lambda kv: kv[1])
    print(f"{region:<6} | {units[region]:>5} | {revenue[region]:>10,.2f} | "
          f"{revenue[region] / grand:>6.1%} | {best[0]} ({best[1]:.2f})")
print("-" * len(header))
print(f"{'total':<6} | {sum(units.values()):>5} | {grand:>10,.2f} | {1:>6.1%} |")
