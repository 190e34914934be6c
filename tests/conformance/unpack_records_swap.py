# area: unpack: star-unpacking in assignments and calls, nested targets, swaps, dict ** merging and loop unpacking
header, *rows, footer = ["name,qty", "a,1", "b,2", "c,3", "total,6"]
print(header, rows, footer)
first, second, *_ = "x y z w".split()
print(first, second)
(a, b), c = (1, 2), 3
print(a, b, c)
a, b = b, a
print(a, b)
x, y, z = range(3)
print(x, y, z)
for i, (name, qty) in enumerate(r.split(",") for r in rows):
    print(i, name, int(qty) * 10)
data = {"id": 1, "tags": ["a", "b"]}
(k1, v1), (k2, v2) = data.items()
print(k1, v1, k2, v2)
def area(w, h, unit="m"):
    return f"{w * h}{unit}2"
dims = (3, 4)
opts = {"unit": "cm"}
print(area(*dims), area(*dims, **opts), area(**{"w": 2, "h": 5}))
merged = {**{"a": 1, "b": 2}, **{"b": 3}, "c": 4}
print(merged)
combined = [*range(3), *"ab", *(None,)]
print(combined, {*"abc"} == set("cab"), (*[1, 2], 3))
*init, last = [10]
print(init, last)
m, *rest = "hello"
print(m, rest)
[p, q] = [[1, 2], [3]]
print(p, q)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w, *more = [1, 2]
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[*row, sum(row)] for row in matrix], list(zip(*matrix)))
