# task: enumerate all simple paths between two services in a call graph with a recursive DFS generator
CALLS = {
    "gateway": ["auth", "catalog", "orders"],
    "auth": ["users", "cache"],
    "catalog": ["cache", "search"],
    "orders": ["users", "payments", "catalog"],
    "payments": ["fraud", "ledger"],
    "fraud": ["users"],
    "search": ["cache"],
    "users": ["db"],
    "ledger": ["db"],
    "cache": ["db"],
    "db": [],
}


def all_paths(graph, start, goal, path=None):
    path = (path or []) + [start]
    if start == goal:
        yield path
        return
    for nxt in graph.get(start, []):
        if nxt not in path:
            yield from all_paths(graph, nxt, goal, path)


def iterative_dfs_order(graph, start):
    seen, stack, order = set(), [start], []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(graph.get(node, [])))
    return order


paths = list(all_paths(CALLS, "gateway", "db"))
print(f"{len(paths)} paths from gateway to db:")
for p in sorted(paths, key=lambda p: (len(p), p)):
    print(f"  [{len(p) - 1}] " + " -> ".join(p))

longest = max(paths, key=len)
print("longest chain:", " -> ".join(longest))
hits = {}
for p in paths:
    for svc in p[1:-1]:
        hits[svc] = hits.get(svc, 0) + 1
print("services on most paths:", sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("dfs preorder:", " ".join(iterative_dfs_order(CALLS, "gateway")))
print("paths orders->db avoiding users:",
      [" > ".join(p) for p in all_paths(CALLS, "orders", "db") if "users" not in p])
print("first path found lazily:", next(all_paths(CALLS, "payments", "db")))
