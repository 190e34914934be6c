# task: compute earliest/latest start, slack and the critical path of a project plan
from collections import defaultdict
from functools import lru_cache

TASKS = {
    # name: (duration in days, dependencies)
    "spec": (3, []),
    "design": (5, ["spec"]),
    "backend": (10, ["design"]),
    "frontend": (8, ["design"]),
    "infra": (4, ["spec"]),
    "integrate": (3, ["backend", "frontend", "infra"]),
    "docs": (2, ["design"]),
    "qa": (5, ["integrate"]),
    "launch": (1, ["qa", "docs"]),
}
successors = defaultdict(list)
for name, (_, deps) in TASKS.items():
    for d in deps:
        successors[d].append(name)


@lru_cache(maxsize=None)
def earliest_start(name: str) -> int:
    deps = TASKS[name][1]
    return max((earliest_start(d) + TASKS[d][0] for d in deps), default=0)


project_end = max(earliest_start(n) + TASKS[n][0] for n in TASKS)


@lru_cache(maxsize=None)
def latest_finish(name: str) -> int:
    return min((latest_finish(s) - TASKS[s][0] for s in successors[name]), default=project_end)


print(f"{'task':<10}{'dur':>4}{'ES':>4}{'EF':>4}{'LS':>4}{'LF':>4}{'slack':>6}")
critical = []
for name, (dur, _) in sorted(TASKS.items(), key=lambda kv: (earliest_start(kv[0]), kv[0])):
    es, lf = earliest_start(name), latest_finish(name)
    ef, ls = es + dur, lf - dur
    slack = ls - es
    if slack == 0:
        critical.append(name)
    print(f"{name:<10}{dur:>4}{es:>4}{ef:>4}{ls:>4}{lf:>4}{slack:>6}{'  <- critical' if slack == 0 else ''}")

print(f"project length: {project_end} days")
print("critical path:", " -> ".join(critical))
print("cache stats:", earliest_start.cache_info().hits, "hits for earliest_start")

# what if backend slips by 3 days?
earliest_start.cache_clear()
latest_finish.cache_clear()
TASKS["backend"] = (13, TASKS["backend"][1])
new_end = max(earliest_start(n) + TASKS[n][0] for n in TASKS)
print(f"if backend slips 3 days the project ends on day {new_end} (+{new_end - project_end})")
