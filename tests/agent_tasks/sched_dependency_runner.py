# task: execute build steps in dependency order with Kahn's algorithm and detect cycles
from collections import deque, defaultdict

PIPELINE = {
    "checkout": [],
    "install": ["checkout"],
    "lint": ["install"],
    "compile": ["install"],
    "unit-tests": ["compile"],
    "integration": ["compile", "start-db"],
    "start-db": ["checkout"],
    "package": ["unit-tests", "integration", "lint"],
    "publish": ["package"],
}


def topo_order(graph: dict[str, list[str]]) -> list[str]:
    indegree = {node: len(deps) for node, deps in graph.items()}
    dependents = defaultdict(list)
    for node, deps in graph.items():
        for d in deps:
            if d not in graph:
                raise KeyError(f"{node} depends on unknown step {d!r}")
            dependents[d].append(node)
    ready = deque(sorted(n for n, deg in indegree.items() if deg == 0))
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for nxt in sorted(dependents[node]):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) != len(graph):
        stuck = sorted(n for n, d in indegree.items() if d > 0)
        raise ValueError(f"cycle detected among: {', '.join(stuck)}")
    return order


def run(graph, failing=()):
    status = {}
    for step in topo_order(graph):
        blocked = [d for d in graph[step] if status.get(d) != "ok"]
        if blocked:
            status[step] = f"skipped (needs {', '.join(blocked)})"
        elif step in failing:
            status[step] = "FAILED"
        else:
            status[step] = "ok"
        print(f"  {step:<12} {status[step]}")
    return status


print("order:", " -> ".join(topo_order(PIPELINE)))
print("run 1 (all green):")
run(PIPELINE)
print("run 2 (compile fails):")
result = run(PIPELINE, failing={"compile"})
print("summary:", {k: sum(1 for v in result.values() if v.startswith(k)) for k in ("ok", "FAILED", "skipped")})

for bad in ({**PIPELINE, "checkout": ["publish"]}, {**PIPELINE, "lint": ["eslint-config"]}):
    try:
        topo_order(bad)
    except (ValueError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")
