# area: realistic agent script: parse CSV-like sales text, aggregate by region and month, print aligned report
RAW = """order_id,region,date,product,qty,unit_price
1001,north,2024-01-15,widget,4,2.50
1002,south,2024-01-17,gadget,1,19.99
1003,north,2024-02-02,widget,10,2.40
1004,east,2024-02-11,gizmo,3,7.25
1005,south,2024-02-28,widget,7,2.50
1006,east,2024-03-01,gadget,2,18.50
1007,north,2024-03-09,gizmo,5,7.00
1008,west,2024-03-12,widget,,2.50
1009,south,2024-03-30,gizmo,1,7.25
"""

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        rec = dict(zip(header, line.split(",")))
        try:
            rec["qty"] = int(rec["qty"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as exc:
            errors.append((lineno, str(exc)))
            continue
        rec["month"] = rec["date"][:7]
        rec["total"] = round(rec["qty"] * rec["unit_price"], 2)
        rows.append(rec)
    return rows, errors

rows, errors = parse(RAW)
print(f"parsed {len(rows)} rows, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")

by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(r["total"])

print(f"{'region':<8}|{'orders':>7}|{'revenue':>10}|{'avg':>8}")
print("-" * 36)
for region, totals in sorted(by_region.items(), key=lambda kv: -sum(kv[1])):
    s = sum(totals)
    print(f"{region:<8}|{len(totals):>7}|{s:>10.2f}|{s / len(totals):>8.2f}")

months = sorted({r["month"] for r in rows})
products = sorted({r["product"] for r in rows})
print()
print("month    " + "".join(f"{p:>9}" for p in products))
for m in months:
    cells = []
    for p in products:
        q = sum(r["qty"] for r in rows if r["month"] == m and r["product"] == p)
        cells.append(f"{q:>9}" if q else f"{'-':>9}")
    print(f"{m:<9}" + "".join(cells))
best = max(rows, key=lambda r: r["total"])
print(f"\nbest order: #{best['order_id']} {best['product']} x{best['qty']} = ${best['total']:,.2f}")
