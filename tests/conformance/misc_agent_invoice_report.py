# area: realistic agent script: invoice report with f-string alignment, thousands separators, percentages and totals
LINES = [
    ("Consulting", 12.5, 180.0, 0.0),
    ("License (annual)", 1, 12000.0, 0.15),
    ("Support hours", 40, 95.5, 0.05),
    ("Travel", 1, 1234.567, 0.0),
    ("Training seat", 3, 799.99, 0.10),
]
TAX = 0.0825
W = 58
print("=" * W)
print(f"{'INVOICE #2024-0042':^{W}}")
print("=" * W)
print(f"{'Description':<20}{'Qty':>6}{'Unit':>11}{'Disc':>7}{'Amount':>14}")
print("-" * W)
subtotal = 0.0
for desc, qty, unit, disc in LINES:
    amount = qty * unit * (1 - disc)
    subtotal += amount
    qty_s = f"{qty:g}"
    disc_s = f"{disc:.0%}" if disc else "-"
    print(f"{desc:<20.20}{qty_s:>6}{unit:>11,.2f}{disc_s:>7}{amount:>14,.2f}")
print("-" * W)
tax = subtotal * TAX
for label, value in [("Subtotal", subtotal), (f"Tax ({TAX:.2%})", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>44}{value:>14,.2f}")
print("=" * W)
print(f"{'amount in cents:':<20}{round((subtotal + tax) * 100):>+15,d}")
print(f"{'hex id:':<20}{42:>#8x}{42:>#10o}{42:>#12b}")
print(f"{'scientific:':<20}{subtotal:.3e} {subtotal:E}")
print(f"[{'left':<10}|{'mid':^10}|{'right':>10}]")
print(f"[{'pad':*<10}|{'pad':-^10}|{'pad':0>10}]")
print(f"[{-3.14159:+.3f}|{3.14159: .2f}|{-42:05d}|{7:=+6}]")
