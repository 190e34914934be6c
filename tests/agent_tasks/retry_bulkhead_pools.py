# task: isolate tool dependencies with bulkhead slot limits and report rejected calls
from collections import Counter


class BulkheadFull(Exception):
    pass


class Bulkhead:
    def __init__(self, name: str, max_concurrent: int):
        self.name = name
        self.max_concurrent = max_concurrent
        self.active = 0
        self.peak = 0

    def __enter__(self):
        if self.active >= self.max_concurrent:
            raise BulkheadFull(f"{self.name} bulkhead full ({self.active}/{self.max_concurrent})")
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self

    def __exit__(self, *exc):
        self.active -= 1
        return False


pools = {"search": Bulkhead("search", 2), "db": Bulkhead("db", 3), "llm": Bulkhead("llm", 1)}

# each event: (time, call id, tool, duration) — calls overlap in simulated time
EVENTS = [
    (0, "c1", "search", 4), (1, "c2", "search", 2), (1, "c3", "llm", 6), (2, "c4", "search", 1),
    (2, "c5", "db", 3), (3, "c6", "llm", 2), (3, "c7", "db", 1), (3, "c8", "db", 5), (3, "c9", "db", 2),
    (4, "c10", "search", 1), (7, "c11", "llm", 1), (8, "c12", "db", 1),
]

in_flight: list[tuple[int, str, Bulkhead]] = []
outcome = {}
rejections = Counter()
for t, cid, tool, duration in EVENTS:
    # finish calls whose end time has passed
    for item in [f for f in in_flight if f[0] <= t]:
        in_flight.remove(item)
        item[2].__exit__(None, None, None)
        outcome[item[1]] = f"done@{item[0]}"
    pool = pools[tool]
    try:
        pool.__enter__()
    except BulkheadFull as e:
        rejections[tool] += 1
        outcome[cid] = "rejected"
        print(f"t={t} {cid:<4} {tool:<6} REJECTED: {e}")
        continue
    in_flight.append((t + duration, cid, pool))
    print(f"t={t} {cid:<4} {tool:<6} started (active {pool.active}/{pool.max_concurrent})")

for end, cid, pool in sorted(in_flight, key=lambda f: (f[0], f[1])):
    pool.__exit__(None, None, None)
    outcome[cid] = f"done@{end}"

# a normal synchronous call uses the bulkhead as a context manager
with pools["llm"] as p:
    print(f"\nsync call inside {p.name} bulkhead, active={p.active}")

print("\noutcomes:", outcome)
for name, pool in pools.items():
    print(f"{name:<6} peak={pool.peak}/{pool.max_concurrent} rejected={rejections[name]} active_now={pool.active}")
