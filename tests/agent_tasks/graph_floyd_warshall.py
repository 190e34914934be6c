# task: compute an all-pairs travel-time table between campus buildings with Floyd-Warshall
import math

BUILDINGS = ["Library", "Lab", "Gym", "Cafe", "Dorm"]
WALKS = [
    ("Library", "Lab", 4), ("Lab", "Gym", 6), ("Gym", "Dorm", 3), ("Library", "Cafe", 2),
    ("Cafe", "Dorm", 9), ("Cafe", "Lab", 1), ("Dorm", "Library", 5),
]
ONE_WAY = {("Dorm", "Library")}  # a downhill path that is only walkable one way

n = len(BUILDINGS)
idx = {b: i for i, b in enumerate(BUILDINGS)}
dist = [[0 if i == j else math.inf for j in range(n)] for i in range(n)]
nxt = [[j if i == j else None for j in range(n)] for i in range(n)]
for a, b, w in WALKS:
    i, j = idx[a], idx[b]
    dist[i][j] = min(dist[i][j], w)
    nxt[i][j] = j
    if (a, b) not in ONE_WAY:
        dist[j][i] = min(dist[j][i], w)
        nxt[j][i] = i

for k in range(n):
    for i in range(n):
        for j in range(n):
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
                nxt[i][j] = nxt[i][k]


def route(a, b):
    i, j = idx[a], idx[b]
    if nxt[i][j] is None:
        return []
    path = [a]
    while i != j:
        i = nxt[i][j]
        path.append(BUILDINGS[i])
    return path


width = max(map(len, BUILDINGS)) + 1
print(" " * width + "".join(f"{b[:5]:>7}" for b in BUILDINGS))
for i, b in enumerate(BUILDINGS):
    cells = "".join(f"{'-' if d == math.inf else d:>7}" for d in dist[i])
    print(f"{b:<{width}}{cells}")

print()
for a, b in [("Library", "Dorm"), ("Dorm", "Library"), ("Gym", "Cafe")]:
    print(f"{a} -> {b}: {dist[idx[a]][idx[b]]} min via {' > '.join(route(a, b))}")
totals = {b: sum(dist[idx[b]]) for b in BUILDINGS}
center = min(totals, key=totals.get)
print("most central building:", center, "with total", totals[center])
print("asymmetric pairs:", [(a, b) for a in BUILDINGS for b in BUILDINGS
                             if a < b and dist[idx[a]][idx[b]] != dist[idx[b]][idx[a]]])
