# area: err: a format spec for numbers applied to a string raises ValueError: Unknown format code
rows = [("cpu", 0.93), ("mem", 0.41), ("disk", "n/a")]
for name, frac in rows:
    print(f"{name:<5}{frac:>8.1%}")
