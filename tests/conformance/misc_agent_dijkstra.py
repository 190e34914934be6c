# area: realistic agent script: Dijkstra shortest paths with heapq over a weighted road map, path reconstruction
import heapq

ROADS = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1
"""

graph = {}
for line in ROADS.strip().splitlines():
    u, v, w = line.split()
    w = int(w)
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    visited = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in sorted(graph[u]):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev

def path_to(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return path[::-1]

dist, prev = dijkstra("A")
for node in sorted(graph):
    p = path_to(prev, "A", node)
    if p is None:
        print(f"{node}: unreachable")
    else:
        print(f"{node}: {dist[node]:>3}  via {' -> '.join(p)}")
far = max(dist, key=dist.get)
print("farthest from A:", far, dist[far])
