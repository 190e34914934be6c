# area: err: int() on a float string like '3.5' raises ValueError: invalid literal for int() with base 10
quantities = ["3", "10", "0", "3.5", "7"]
total = 0
for q in quantities:
    total += int(q)
    print("added", q, "total", total)
