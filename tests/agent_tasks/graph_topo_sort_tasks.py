# task: order build tasks with Kahn's topological sort (alphabetical tie-break) and group them into parallel stages
import heapq
from collections import defaultdict

TASKS = {
    "compile": ["fetch_deps", "codegen"],
    "codegen": ["fetch_deps"],
    "fetch_deps": [],
    "lint": [],
    "unit_tests": ["compile"],
    "integration_tests": ["compile", "start_db"],
    "start_db": [],
    "package": ["compile", "lint"],
    "publish": ["package", "unit_tests", "integration_tests"],
    "docs": ["codegen"],
}


def topo_order(tasks):
    indegree = {t: len(deps) for t, deps in tasks.items()}
    dependents = defaultdict(list)
    for t, deps in tasks.items():
        for d in deps:
            dependents[d].append(t)
    ready = [t for t, n in indegree.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for nxt in dependents[t]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                heapq.heappush(ready, nxt)
    if len(order) != len(tasks):
        stuck = sorted(t for t, n in indegree.items() if n > 0)
        raise ValueError(f"cycle detected among: {', '.join(stuck)}")
    return order


def stages(tasks):
    level = {}
    for t in topo_order(tasks):
        level[t] = 1 + max((level[d] for d in tasks[t]), default=-1)
    grouped = defaultdict(list)
    for t, lv in level.items():
        grouped[lv].append(t)
    return [sorted(grouped[i]) for i in sorted(grouped)]


order = topo_order(TASKS)
print("sequential order:")
for i, t in enumerate(order, 1):
    deps = ", ".join(TASKS[t]) or "-"
    print(f"  {i:>2}. {t:<18} after: {deps}")

print("parallel stages:")
for i, group in enumerate(stages(TASKS)):
    print(f"  stage {i}: {' | '.join(group)}")

broken = dict(TASKS, fetch_deps=["publish"])
try:
    topo_order(broken)
except ValueError as e:
    print("broken graph:", e)
