# fstring: formatting a text table report
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 1234.567)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}")
print("-" * 39)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("-" * 39)
print(f"{'TOTAL':<27}{grand:>12,.2f}")
print(f"{len(rows)} rows, avg {grand / len(rows):.3f}")
