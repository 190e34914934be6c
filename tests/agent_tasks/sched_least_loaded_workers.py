# task: dispatch incoming jobs to the least-loaded worker with a heap, with worker speed factors
import heapq
from collections import defaultdict

WORKERS = {"w-fast": 2.0, "w-std-1": 1.0, "w-std-2": 1.0, "w-old": 0.5}   # speed multipliers
JOBS = [("resize", 6), ("ocr", 10), ("embed", 4), ("resize", 6), ("transcode", 16),
        ("ocr", 10), ("embed", 4), ("summarize", 8), ("resize", 6), ("embed", 4), ("ocr", 10)]

heap = [(0.0, name) for name in sorted(WORKERS)]
heapq.heapify(heap)
assigned = defaultdict(list)
finish_times = {}
for idx, (kind, work) in enumerate(JOBS, 1):
    # choose the worker that would FINISH this job earliest, not just the least busy
    candidates = []
    for busy_until, name in heap:
        candidates.append((busy_until + work / WORKERS[name], busy_until, name))
    done_at, busy_until, name = min(candidates)
    heap.remove((busy_until, name))
    heapq.heapify(heap)
    heapq.heappush(heap, (done_at, name))
    assigned[name].append(f"{kind}#{idx}")
    finish_times[idx] = done_at
    print(f"job {idx:>2} {kind:<10} work={work:>2} -> {name:<8} runs {busy_until:5.1f} .. {done_at:5.1f}")

print()
for name in sorted(WORKERS, key=lambda n: -WORKERS[n]):
    busy = max((t for t, n in heap if n == name), default=0.0)
    print(f"{name:<8} x{WORKERS[name]:<3} jobs={len(assigned[name]):>2} busy until {busy:5.1f}: {', '.join(assigned[name])}")
makespan = max(finish_times.values())
total_capacity = sum(WORKERS.values()) * makespan
total_work = sum(w for _, w in JOBS)
print(f"makespan {makespan:.1f}, utilisation {total_work / total_capacity:.1%}")
