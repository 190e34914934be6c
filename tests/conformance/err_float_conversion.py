# area: err: float() on a non-numeric string raises ValueError quoting the string
readings = ["21.5", "22.0", " 19.75 ", "n/a", "20.1"]
vals = []
for r in readings:
    vals.append(float(r))
    print("read", vals[-1])
print(sum(vals))
