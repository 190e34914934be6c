# task: read sales CSV text with csv.DictReader and report revenue per region and product
import csv
import io
from collections import defaultdict

DATA = """date,region,product,units,unit_price
2024-01-03,North,Widget,10,2.50
2024-01-03,South,Gadget,3,12.00
2024-01-04,North,Gadget,1,12.00
2024-01-05,East,Widget,,2.50
2024-01-05,South,Widget,7,2.50
2024-01-06,East,Gizmo,2,30.00
2024-01-06,North,Widget,5,2.45
2024-01-07,South,Gizmo,1,thirty
2024-01-07,West,Gadget,4,11.50
"""

revenue_by_region = defaultdict(float)
units_by_product = defaultdict(int)
rejected = []

reader = csv.DictReader(io.StringIO(DATA))
for row in reader:
    try:
        units = int(row["units"])
        price = float(row["unit_price"])
    except ValueError as exc:
        rejected.append((reader.line_num, str(exc)))
        continue
    revenue_by_region[row["region"]] += units * price
    units_by_product[row["product"]] += units

print(f"columns: {reader.fieldnames}")
print(f"{'region':<8}{'revenue':>10}")
print("-" * 18)
for region, total in sorted(revenue_by_region.items(), key=lambda item: item[1], reverse=True):
    print(f"{region:<8}{total:>10.2f}")
print("-" * 18)
print(f"{'total':<8}{sum(revenue_by_region.values()):>10.2f}")
print()

best = max(units_by_product, key=units_by_product.get)
print("units by product:", dict(sorted(units_by_product.items())))
print("best seller:", best)
for line, err in rejected:
    print(f"rejected line {line}: {err}")

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "revenue"])
for region in sorted(revenue_by_region):
    writer.writerow([region, f"{revenue_by_region[region]:.2f}"])
print(out.getvalue(), end="")
