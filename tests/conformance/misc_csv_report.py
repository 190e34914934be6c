# misc: parse a CSV-like string, aggregate per category and print a report
raw = """date,category,amount,note
2024-01-03,food,12.50,lunch
2024-01-03,transport,3.20,bus
2024-01-04,food,8.75,
2024-01-05,rent,950.00,january
2024-01-05,food,23.10,groceries
2024-01-06,transport,45.00,taxi
2024-01-07,fun,15.00,cinema"""
lines = raw.strip().split("\n")
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    fields = line.split(",")
    rows.append(dict(zip(header, fields)))
print(len(rows), "rows; columns:", header)
totals = {}
counts = {}
for r in rows:
    cat = r["category"]
    totals[cat] = totals.get(cat, 0.0) + float(r["amount"])
    counts[cat] = counts.get(cat, 0) + 1
grand = sum(totals.values())
print(f"{'category':<10} {'n':>2} {'total':>9} {'share':>6}")
for cat in sorted(totals, key=lambda c: -totals[c]):
    share = totals[cat] / grand * 100
    print(f"{cat:<10} {counts[cat]:>2} {totals[cat]:>9.2f} {share:>5.1f}%")
print(f"{'ALL':<10} {len(rows):>2} {grand:>9.2f}")
missing = [r["date"] for r in rows if not r["note"]]
print("rows without note:", missing)
by_day = {}
for r in rows:
    by_day.setdefault(r["date"], []).append(r["category"])
for day, cats in by_day.items():
    print(day, "->", ", ".join(cats))
