# task: enforce per-user sliding-window rate limits over a simulated request log
from collections import defaultdict, deque

LOG = """
0.0 alice /search
0.4 alice /search
0.9 bob /fetch
1.1 alice /search
1.5 alice /fetch
2.2 alice /search
2.3 bob /fetch
3.0 carol /search
3.2 alice /search
4.6 alice /search
5.0 bob /fetch
5.1 bob /fetch
5.2 bob /fetch
5.3 bob /fetch
"""


class SlidingWindowLimiter:
    def __init__(self, limit: int, window: float):
        self.limit = limit
        self.window = window
        self.hits: dict[str, deque] = defaultdict(deque)

    def allow(self, key: str, now: float) -> tuple[bool, float]:
        q = self.hits[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True, 0.0
        return False, round(q[0] + self.window - now, 2)


limiter = SlidingWindowLimiter(limit=3, window=2.0)
stats = defaultdict(lambda: {"allowed": 0, "rejected": 0})
for line in LOG.strip().splitlines():
    ts, user, path = line.split()
    ok, retry_after = limiter.allow(user, float(ts))
    stats[user]["allowed" if ok else "rejected"] += 1
    verdict = "200" if ok else f"429 retry-after={retry_after}s"
    print(f"{float(ts):4.1f}s {user:<6}{path:<8}{verdict}")

print("\nper-user totals:")
for user, s in sorted(stats.items()):
    total = s["allowed"] + s["rejected"]
    print(f"  {user:<6} {s['allowed']}/{total} allowed ({s['rejected'] / total:.0%} rejected)")
print("window contents at end:", {u: list(q) for u, q in sorted(limiter.hits.items())})
