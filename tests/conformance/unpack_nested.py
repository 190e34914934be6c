# unpack: nested targets in assignments and for loops
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, [2, (3, 4)]
print(x, y, z, w)
pairs = [("a", (1, 2)), ("b", (3, 4))]
for name, (lo, hi) in pairs:
    print(name, lo + hi)
(p, *qs), r = [1, 2, 3], "r"
print(p, qs, r)
data = {"pt": (5, 6)}
for key, (px, py) in data.items():
    print(key, px * py)
