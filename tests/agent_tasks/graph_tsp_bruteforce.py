# task: find the shortest round trip for a courier visiting every stop by brute force over permutations
from itertools import permutations, pairwise
from functools import lru_cache
import math

STOPS = {
    "depot": (0.0, 0.0),
    "bakery": (2.0, 3.0),
    "library": (5.0, 1.0),
    "school": (6.0, 5.0),
    "clinic": (1.0, 6.0),
    "market": (4.0, 7.5),
}


@lru_cache(maxsize=None)
def dist(a: str, b: str) -> float:
    return math.dist(STOPS[a], STOPS[b])


def tour_length(route):
    return sum(dist(a, b) for a, b in pairwise(route))


others = [s for s in STOPS if s != "depot"]
best, best_len, evaluated = None, math.inf, 0
for perm in permutations(others):
    if perm[0] > perm[-1]:
        continue  # a reversed tour has the same length
    evaluated += 1
    route = ("depot", *perm, "depot")
    length = tour_length(route)
    if length < best_len - 1e-12:
        best, best_len = route, length

print(f"evaluated {evaluated} of {math.factorial(len(others))} permutations")
print("best route:", " -> ".join(best))
print(f"length: {best_len:.3f}")
for a, b in pairwise(best):
    print(f"  {a:>8} -> {b:<8} {dist(a, b):6.3f}")


def nearest_neighbour(start="depot"):
    route, left = [start], set(others)
    while left:
        nxt = min(left, key=lambda s: (dist(route[-1], s), s))
        route.append(nxt)
        left.remove(nxt)
    return route + [start]


greedy = nearest_neighbour()
g_len = tour_length(greedy)
print("greedy route:", " -> ".join(greedy))
print(f"greedy length: {g_len:.3f} ({(g_len / best_len - 1) * 100:.1f}% worse)")
print("distance cache:", dist.cache_info().currsize, "pairs")
