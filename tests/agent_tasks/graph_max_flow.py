# task: compute maximum throughput of a data pipeline network with Edmonds-Karp max flow and list the min cut
from collections import deque, defaultdict

PIPES = [
    ("ingest", "parse_a", 10), ("ingest", "parse_b", 8),
    ("parse_a", "enrich", 5), ("parse_a", "dedupe", 7),
    ("parse_b", "dedupe", 6), ("parse_b", "enrich", 3),
    ("enrich", "store", 9), ("dedupe", "store", 8), ("dedupe", "enrich", 2),
]

capacity = defaultdict(lambda: defaultdict(int))
for u, v, c in PIPES:
    capacity[u][v] += c
    capacity[v][u] += 0  # make sure the reverse edge exists


def bfs_augmenting_path(flow, source, sink):
    parent = {source: None}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v in sorted(capacity[u]):
            if v not in parent and capacity[u][v] - flow[u][v] > 0:
                parent[v] = u
                if v == sink:
                    return parent
                queue.append(v)
    return None


def max_flow(source, sink):
    flow = defaultdict(lambda: defaultdict(int))
    total, rounds = 0, []
    while (parent := bfs_augmenting_path(flow, source, sink)) is not None:
        path, v = [sink], sink
        while parent[v] is not None:
            v = parent[v]
            path.append(v)
        path.reverse()
        bottleneck = min(capacity[a][b] - flow[a][b] for a, b in zip(path, path[1:]))
        for a, b in zip(path, path[1:]):
            flow[a][b] += bottleneck
            flow[b][a] -= bottleneck
        total += bottleneck
        rounds.append((bottleneck, path))
    return total, flow, rounds


total, flow, rounds = max_flow("ingest", "store")
for i, (amount, path) in enumerate(rounds, 1):
    print(f"augment {i}: +{amount} along {' -> '.join(path)}")
print(f"max throughput: {total} units/s")

print("pipe utilisation:")
for u, v, c in PIPES:
    used = max(flow[u][v], 0)
    print(f"  {u:>8} -> {v:<8} {used:>2}/{c:<2} {'FULL' if used == c else ''}")

reachable, queue = {"ingest"}, deque(["ingest"])
while queue:
    u = queue.popleft()
    for v in capacity[u]:
        if v not in reachable and capacity[u][v] - flow[u][v] > 0:
            reachable.add(v)
            queue.append(v)
cut = [(u, v, c) for u, v, c in PIPES if u in reachable and v not in reachable]
print("min cut:", ", ".join(f"{u}->{v}({c})" for u, v, c in cut), "= capacity", sum(c for *_, c in cut))
