# task: find degrees of separation between people in a social graph with BFS and report paths
from collections import deque

FRIENDSHIPS = [
    ("ana", "ben"), ("ana", "cara"), ("ben", "dan"), ("cara", "dan"), ("dan", "eli"),
    ("eli", "fay"), ("fay", "gus"), ("cara", "hal"), ("hal", "gus"), ("ivy", "jon"),
]

graph: dict[str, list[str]] = {}
for a, b in FRIENDSHIPS:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, []).append(a)
for neighbours in graph.values():
    neighbours.sort()


def shortest_path(start: str, goal: str) -> list[str] | None:
    if start not in graph or goal not in graph:
        raise KeyError(f"unknown person: {start if start not in graph else goal}")
    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


def levels(start: str) -> dict[int, list[str]]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    out: dict[int, list[str]] = {}
    for person, d in dist.items():
        out.setdefault(d, []).append(person)
    return {d: sorted(people) for d, people in sorted(out.items())}


for a, b in [("ana", "gus"), ("ben", "hal"), ("ana", "ana"), ("ana", "jon"), ("ana", "zed")]:
    try:
        path = shortest_path(a, b)
    except KeyError as e:
        print(f"{a} -> {b}: error {e}")
        continue
    if path is None:
        print(f"{a} -> {b}: not connected")
    else:
        print(f"{a} -> {b}: {len(path) - 1} hops via {' > '.join(path)}")

print()
for depth, people in levels("ana").items():
    print(f"distance {depth}: {', '.join(people)}")
unreachable = sorted(set(graph) - {p for ps in levels("ana").values() for p in ps})
print("unreachable from ana:", unreachable)
