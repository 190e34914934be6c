# area: itertools: groupby on sorted records for subtotals, accumulate for running totals, zip_longest for side-by-side columns
import itertools
from operator import itemgetter

SALES = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95), ("2024-02", "east", 40),
    ("2024-02", "south", 110), ("2024-03", "north", 130), ("2024-03", "east", 60),
]
for month, rows in itertools.groupby(SALES, key=itemgetter(0)):
    rows = list(rows)
    print(month, " + ".join(f"{r[1]}={r[2]}" for r in rows), "=", sum(r[2] for r in rows))
by_region = sorted(SALES, key=itemgetter(1))
subtotals = {k: sum(r[2] for r in g) for k, g in itertools.groupby(by_region, key=itemgetter(1))}
print(subtotals)
monthly = [sum(r[2] for r in g) for _, g in itertools.groupby(SALES, key=itemgetter(0))]
print("running:", list(itertools.accumulate(monthly)), "growth:", [b - a for a, b in itertools.pairwise(monthly)])
north = [r[2] for r in SALES if r[1] == "north"]
east = [r[2] for r in SALES if r[1] == "east"]
for n, e in itertools.zip_longest(north, east, fillvalue="-"):
    print(f"{n!s:>5} {e!s:>5}")
best_pair = max(itertools.combinations(subtotals.items(), 2), key=lambda p: p[0][1] + p[1][1])
print("best pair:", best_pair)
print(list(itertools.islice(itertools.cycle(["north", "south", "east"]), 7)))
print(list(itertools.compress(SALES, [r[2] > 100 for r in SALES])))
print(list(itertools.chain.from_iterable((r[1],) * (r[2] // 50) for r in SALES[:3])))
