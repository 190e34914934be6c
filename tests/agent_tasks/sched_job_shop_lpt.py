# task: schedule batch jobs onto machines with the longest-processing-time heuristic and compare to round robin
import heapq

JOBS = {"etl-sales": 42, "etl-hr": 8, "train-model": 95, "render-pdfs": 23, "backup-db": 37,
        "reindex": 51, "thumbnails": 12, "email-digest": 5, "audit-logs": 29, "compact": 18}
MACHINES = 3


def lpt(jobs: dict[str, int], machines: int):
    heap = [(0, m) for m in range(machines)]
    plan: dict[int, list[tuple[str, int, int]]] = {m: [] for m in range(machines)}
    for name, dur in sorted(jobs.items(), key=lambda kv: (-kv[1], kv[0])):
        load, m = heapq.heappop(heap)
        plan[m].append((name, load, load + dur))
        heapq.heappush(heap, (load + dur, m))
    return plan


def round_robin(jobs: dict[str, int], machines: int):
    plan = {m: [] for m in range(machines)}
    loads = [0] * machines
    for i, (name, dur) in enumerate(jobs.items()):
        m = i % machines
        plan[m].append((name, loads[m], loads[m] + dur))
        loads[m] += dur
    return plan


def makespan(plan):
    return max((items[-1][2] if items else 0) for items in plan.values())


def show(title, plan):
    print(f"== {title}: makespan {makespan(plan)} min")
    for m, items in plan.items():
        load = items[-1][2] if items else 0
        timeline = " ".join(f"{n}[{s}-{e}]" for n, s, e in items)
        print(f"  M{m} load={load:>3} {timeline}")


a, b = lpt(JOBS, MACHINES), round_robin(JOBS, MACHINES)
show("LPT", a)
show("round robin", b)
lower_bound = max(max(JOBS.values()), -(-sum(JOBS.values()) // MACHINES))
print(f"lower bound {lower_bound}; LPT within {makespan(a) / lower_bound:.3f}x of optimal bound")
print(f"improvement over round robin: {makespan(b) - makespan(a)} min")
