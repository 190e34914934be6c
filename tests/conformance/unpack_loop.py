# unpack: unpacking loop targets from lists of tuples, dict items and enumerate
records = [("ann", 3, True), ("bob", 5, False)]
for name, count, active in records:
    print(name, count * 2, not active)
d = {"x": [1, 2], "y": [3]}
for k, v in d.items():
    print(k, len(v))
for idx, (k, v) in enumerate(sorted(d.items())):
    print(idx, k, v)
points = [[1, 2], [3, 4]]
total = 0
for px, py in points:
    total += px * py
print(total)
