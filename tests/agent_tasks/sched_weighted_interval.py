# task: pick the most valuable non-overlapping set of compute reservations with DP and bisect
import bisect
from typing import NamedTuple


class Reservation(NamedTuple):
    name: str
    start: int
    end: int
    value: int


RESERVATIONS = [
    Reservation("nightly-train", 0, 6, 50), Reservation("batch-infer", 1, 3, 20),
    Reservation("eval-suite", 3, 5, 25), Reservation("etl", 4, 7, 18),
    Reservation("finetune", 5, 11, 70), Reservation("report", 7, 8, 9),
    Reservation("sweep-a", 8, 10, 30), Reservation("sweep-b", 9, 12, 35),
    Reservation("backfill", 10, 13, 22), Reservation("demo-prep", 12, 14, 15),
]

jobs = sorted(RESERVATIONS, key=lambda r: r.end)
ends = [r.end for r in jobs]
# p[i] = number of jobs that finish no later than jobs[i] starts
p = [bisect.bisect_right(ends, r.start) for r in jobs]

best = [0] * (len(jobs) + 1)
for i, r in enumerate(jobs, 1):
    best[i] = max(best[i - 1], r.value + best[p[i - 1]])

chosen, i = [], len(jobs)
while i > 0:
    r = jobs[i - 1]
    if r.value + best[p[i - 1]] >= best[i - 1]:
        chosen.append(r)
        i = p[i - 1]
    else:
        i -= 1
chosen.reverse()

print(f"{'#':<3}{'name':<14}{'start':>6}{'end':>5}{'value':>7}{'p':>4}")
for idx, r in enumerate(jobs):
    mark = "*" if r in chosen else " "
    print(f"{idx:<3}{r.name:<14}{r.start:>6}{r.end:>5}{r.value:>7}{p[idx]:>4} {mark}")
print("dp table:", best)
print("chosen:", [r.name for r in chosen], "total value", sum(r.value for r in chosen))
print("no overlaps:", all(a.end <= b.start for a, b in zip(chosen, chosen[1:])))

greedy, last_end = [], -1
for r in sorted(RESERVATIONS, key=lambda r: -r.value):
    if all(r.end <= g.start or r.start >= g.end for g in greedy):
        greedy.append(r)
print("greedy-by-value total:", sum(r.value for r in greedy), "->", sorted(g.name for g in greedy))
