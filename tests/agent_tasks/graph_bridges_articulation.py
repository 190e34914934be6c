# task: find single points of failure (bridges and articulation points) in a network topology
from collections import defaultdict

CABLES = [
    ("core1", "core2"), ("core1", "dist1"), ("core2", "dist1"),
    ("dist1", "dist2"), ("dist2", "acc1"), ("dist2", "acc2"), ("acc1", "acc2"),
    ("core2", "dist3"), ("dist3", "acc3"), ("acc3", "srv1"), ("acc3", "srv2"),
]

adj = defaultdict(list)
for a, b in CABLES:
    adj[a].append(b)
    adj[b].append(a)

disc, low = {}, {}
bridges, cut_vertices = [], set()
timer = 0


def dfs(u, parent):
    global timer
    disc[u] = low[u] = timer
    timer += 1
    children = 0
    for v in sorted(adj[u]):
        if v == parent:
            continue
        if v in disc:
            low[u] = min(low[u], disc[v])
        else:
            children += 1
            dfs(v, u)
            low[u] = min(low[u], low[v])
            if low[v] > disc[u]:
                bridges.append(tuple(sorted((u, v))))
            if parent is not None and low[v] >= disc[u]:
                cut_vertices.add(u)
    if parent is None and children > 1:
        cut_vertices.add(u)


dfs("core1", None)
print(f"{len(adj)} devices, {len(CABLES)} cables")
print("critical cables (bridges):")
for a, b in sorted(bridges):
    print(f"  {a} -- {b}")
print("critical devices (articulation points):", ", ".join(sorted(cut_vertices)))


def reachable_without(node):
    start = next(n for n in sorted(adj) if n != node)
    seen, stack = {start}, [start]
    while stack:
        for v in adj[stack.pop()]:
            if v != node and v not in seen:
                seen.add(v)
                stack.append(v)
    return len(seen)


print("impact of losing each critical device:")
for node in sorted(cut_vertices):
    print(f"  {node}: only {reachable_without(node)} of {len(adj) - 1} remaining devices still connected")
redundant = [c for c in CABLES if tuple(sorted(c)) not in bridges]
print(f"redundant cables: {len(redundant)}")
