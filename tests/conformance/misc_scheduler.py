# misc: deterministic topological sort of tasks with dependencies
deps = {
    "deploy": ["test", "build"],
    "test": ["build"],
    "build": ["fetch", "configure"],
    "configure": ["fetch"],
    "fetch": [],
    "docs": ["configure"],
}
def topo(graph):
    order = []
    state = {}
    def visit(node, path):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise ValueError("cycle: " + " -> ".join(path + [node]))
        state[node] = "active"
        for d in sorted(graph[node]):
            visit(d, path + [node])
        state[node] = "done"
        order.append(node)
    for n in sorted(graph):
        visit(n, [])
    return order
print(topo(deps))
deps["fetch"] = ["deploy"]
try:
    topo(deps)
except ValueError as e:
    print(e)
