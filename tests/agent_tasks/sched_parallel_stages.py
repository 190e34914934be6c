# task: group dependent data-pipeline tasks into parallel stages and estimate wall time with limited workers
from collections import defaultdict
from functools import cache

DEPS = {
    "fetch_users": [], "fetch_orders": [], "fetch_products": [],
    "clean_users": ["fetch_users"], "clean_orders": ["fetch_orders"],
    "join": ["clean_users", "clean_orders", "fetch_products"],
    "features": ["join"], "kpis": ["join"], "train": ["features"],
    "dashboard": ["kpis", "train"], "notify": ["dashboard"],
}
DURATION = {"fetch_users": 4, "fetch_orders": 7, "fetch_products": 2, "clean_users": 3, "clean_orders": 5,
            "join": 6, "features": 4, "kpis": 2, "train": 9, "dashboard": 1, "notify": 1}


@cache
def level(task: str) -> int:
    return 1 + max((level(d) for d in DEPS[task]), default=-1)


stages: dict[int, list[str]] = defaultdict(list)
for task in DEPS:
    stages[level(task)].append(task)

total_serial = sum(DURATION.values())
print(f"serial run time: {total_serial}")
wall_unlimited = 0
for lvl in sorted(stages):
    tasks = sorted(stages[lvl])
    stage_time = max(DURATION[t] for t in tasks)
    wall_unlimited += stage_time
    print(f"stage {lvl}: {', '.join(tasks)} (stage time {stage_time})")
print(f"stage-by-stage wall time: {wall_unlimited}")

for workers in (1, 2, 3):
    wall = 0
    for lvl in sorted(stages):
        slots = [0] * workers
        for t in sorted(stages[lvl], key=lambda t: -DURATION[t]):
            i = slots.index(min(slots))
            slots[i] += DURATION[t]
        wall += max(slots)
    print(f"{workers} worker(s): wall time {wall}, speedup {total_serial / wall:.2f}x")


@cache
def finish(task: str) -> int:
    return DURATION[task] + max((finish(d) for d in DEPS[task]), default=0)


print("critical (as-soon-as-ready) finish:", max(finish(t) for t in DEPS))
print("finish times:", {t: finish(t) for t in sorted(DEPS, key=finish)})
