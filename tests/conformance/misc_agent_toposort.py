# area: realistic agent script: topological sort of task dependencies (Kahn), cycle detection, build levels
DEPS = {
    "deploy": ["test", "build"],
    "test": ["build", "lint"],
    "build": ["fetch"],
    "lint": ["fetch"],
    "fetch": [],
    "docs": ["fetch"],
    "notify": ["deploy", "docs"],
}

def toposort(deps):
    indeg = {t: 0 for t in deps}
    users = {t: [] for t in deps}
    for task, reqs in deps.items():
        for r in reqs:
            indeg[task] += 1
            users[r].append(task)
    ready = sorted(t for t, d in indeg.items() if d == 0)
    order = []
    while ready:
        t = ready.pop(0)
        order.append(t)
        for u in sorted(users[t]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(deps):
        stuck = sorted(t for t in deps if t not in order)
        raise ValueError(f"cycle among: {', '.join(stuck)}")
    return order

order = toposort(DEPS)
print("order:", " -> ".join(order))

level = {}
for t in order:
    level[t] = 1 + max((level[r] for r in DEPS[t]), default=-1)
by_level = {}
for t, lv in level.items():
    by_level.setdefault(lv, []).append(t)
for lv in sorted(by_level):
    print(f"level {lv}: {sorted(by_level[lv])}")

cyclic = dict(DEPS)
cyclic["fetch"] = ["notify"]
try:
    toposort(cyclic)
except ValueError as e:
    print("error:", e)
