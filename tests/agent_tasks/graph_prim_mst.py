# task: connect sensor nodes with minimum total cable length using Prim's algorithm over Euclidean distances
import heapq
import math
from itertools import combinations

SENSORS = {
    "s1": (0, 0), "s2": (2, 1), "s3": (5, 0), "s4": (1, 4),
    "s5": (4, 4), "s6": (7, 3), "s7": (6, 6), "s8": (3, 7),
}
MAX_CABLE = 4.5  # longer runs are not allowed

edges = {name: [] for name in SENSORS}
for (a, pa), (b, pb) in combinations(SENSORS.items(), 2):
    d = math.dist(pa, pb)
    if d <= MAX_CABLE:
        edges[a].append((d, b))
        edges[b].append((d, a))


def prim(start):
    in_tree = {start}
    heap = [(d, start, b) for d, b in edges[start]]
    heapq.heapify(heap)
    tree = []
    while heap and len(in_tree) < len(SENSORS):
        d, a, b = heapq.heappop(heap)
        if b in in_tree:
            continue
        in_tree.add(b)
        tree.append((a, b, d))
        for d2, c in edges[b]:
            if c not in in_tree:
                heapq.heappush(heap, (d2, b, c))
    return tree, in_tree


tree, reached = prim("s1")
print(f"candidate cables: {sum(len(v) for v in edges.values()) // 2} (max length {MAX_CABLE})")
for a, b, d in tree:
    print(f"  {a} -> {b}  {d:6.3f} m")
total = sum(d for _, _, d in tree)
print(f"total cable: {total:.3f} m, longest run: {max(d for *_, d in tree):.3f} m")
missing = sorted(set(SENSORS) - reached)
print("unreachable sensors:", missing or "none")

children = {}
for a, b, _ in tree:
    children.setdefault(a, []).append(b)


def show(node, depth=0):
    print("  " * depth + f"{node} {SENSORS[node]}")
    for child in sorted(children.get(node, [])):
        show(child, depth + 1)


show("s1")
print("same total from s5:", math.isclose(total, sum(d for *_, d in prim("s5")[0])))
