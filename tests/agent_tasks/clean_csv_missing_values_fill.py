# task: load a CSV export with gaps and fill missing values per column (median, mode, forward fill)
import csv
import io
import statistics
from collections import Counter

CSV_TEXT = """date,store,category,units,price
2024-05-01,North,grocery,12,3.50
2024-05-01,South,,8,
2024-05-02,North,grocery,,3.75
2024-05-02,,electronics,2,199.99
2024-05-03,South,electronics,1,
2024-05-03,North,grocery,15,3.60
,South,grocery,9,3.55
2024-05-04,North,,NA,210.00
"""

MISSING = {"", "NA", "N/A", "null"}

rows = list(csv.DictReader(io.StringIO(CSV_TEXT)))
print(f"read {len(rows)} rows with columns {list(rows[0].keys())}")

missing_counts = Counter()
for row in rows:
    for key, value in row.items():
        if value.strip() in MISSING:
            row[key] = None
            missing_counts[key] += 1

print("missing per column:", dict(sorted(missing_counts.items())))

units_known = [int(r["units"]) for r in rows if r["units"] is not None]
units_median = statistics.median(units_known)
store_mode = Counter(r["store"] for r in rows if r["store"]).most_common(1)[0][0]

price_by_cat: dict[str, list[float]] = {}
for r in rows:
    if r["category"] and r["price"]:
        price_by_cat.setdefault(r["category"], []).append(float(r["price"]))
cat_mean_price = {c: round(statistics.mean(v), 2) for c, v in price_by_cat.items()}

last_date = None
for r in rows:
    if r["date"] is None:
        r["date"] = last_date
    last_date = r["date"]
    r["store"] = r["store"] or store_mode
    if r["category"] is None:
        r["category"] = "electronics" if r["price"] and float(r["price"]) > 50 else "grocery"
    r["units"] = int(r["units"]) if r["units"] is not None else int(units_median)
    r["price"] = float(r["price"]) if r["price"] is not None else cat_mean_price[r["category"]]

print(f"fill values: units median={units_median}, store mode={store_mode}, prices={cat_mean_price}")
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["date", "store", "category", "units", "price"], lineterminator="\n")
writer.writeheader()
for r in rows:
    writer.writerow({**r, "price": f"{r['price']:.2f}"})
print(out.getvalue(), end="")
