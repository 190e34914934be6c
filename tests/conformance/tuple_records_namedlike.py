# area: tuple: tuples as lightweight records, unpacking, comparison order, tuple keys in dicts, hashing and count/index
points = [(3, 4), (1, 2), (3, 1), (0, 0), (1, 2)]
print(sorted(points), max(points), min(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(points.count((1, 2)), points.index((3, 1)), (3, 4) in points, (9, 9) not in points)
grid = {}
for x, y in points:
    grid[(x, y)] = grid.get((x, y), 0) + 1
print(grid, grid[1, 2])
rec = ("2024-05-01", "deploy", 3, ("ann", "bob"))
date, action, count, (first, second) = rec
print(date, action, count, first, second)
year, month, day = map(int, date.split("-"))
print(year + 1, f"{month:02d}/{day:02d}")
t = (1, [2, 3])
t[1].append(4)
print(t, len(t), t + (5,), t * 2, t[::-1])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") == (1, "a"))
single, empty = (42,), ()
print(single, empty, len(empty), type(single).__name__, tuple("abc"), tuple(range(3)), tuple({"k": 1}))
a, *mid, z = (1, 2, 3, 4, 5)
print(a, mid, z)
rows = [("ann", 3, 9.5), ("bob", 1, 7.25)]
for name, rank, score in rows:
    print(f"{name:<4}{rank:>2}{score:>7.2f}")
print(list(zip(*rows)), tuple(sorted(("b", "a"))), ("x",) * 3)
