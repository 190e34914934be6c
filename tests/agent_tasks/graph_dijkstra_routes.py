# task: compute cheapest delivery routes between warehouses with Dijkstra's algorithm using heapq
import heapq
import math

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


def build_graph(text):
    graph = {}
    for line in text.strip().splitlines():
        u, v, w = line.split()
        graph.setdefault(u, {})[v] = int(w)
        graph.setdefault(v, {})[u] = int(w)
    return graph


def dijkstra(graph, source):
    dist = {node: math.inf for node in graph}
    prev = {}
    dist[source] = 0
    heap = [(0, source)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


graph = build_graph(ROADS)
dist, prev = dijkstra(graph, "A")
print("from A:")
for node in sorted(graph):
    if dist[node] == math.inf:
        print(f"  {node}: unreachable")
    else:
        print(f"  {node}: cost {dist[node]:>2} via {'-'.join(path_to(prev, node))}")

# close the C-F road and see what changes
del graph["C"]["F"], graph["F"]["C"]
dist2, prev2 = dijkstra(graph, "A")
changed = {n: (dist[n], dist2[n]) for n in graph if dist[n] != dist2[n]}
print("after closing C-F:", changed)
print("new route to E:", "-".join(path_to(prev2, "E")))
reachable = [n for n, d in dist2.items() if d < math.inf]
print(f"eccentricity of A: {max(dist2[n] for n in reachable)} over {len(reachable)} reachable nodes")
