# task: simulate a sliding-window rate limiter over timestamped API calls and report rejected requests
from collections import deque, defaultdict
from datetime import datetime, timedelta


class SlidingWindowLimiter:
    def __init__(self, limit: int, window: timedelta):
        self.limit = limit
        self.window = window
        self.calls: dict[str, deque] = defaultdict(deque)

    def allow(self, client: str, now: datetime) -> tuple[bool, timedelta]:
        q = self.calls[client]
        while q and now - q[0] >= self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True, timedelta(0)
        retry_after = q[0] + self.window - now
        return False, retry_after


BASE = datetime(2024, 5, 20, 12, 0, 0)
OFFSETS = {
    "alpha": [0, 1, 2, 3, 4, 5, 9.5, 10, 10.2, 31],
    "beta": [0, 20, 40, 60],
    "gamma": [5, 5, 5, 5, 5, 5.001],
}

limiter = SlidingWindowLimiter(limit=4, window=timedelta(seconds=10))
requests = sorted(
    (BASE + timedelta(seconds=off), client) for client, offs in OFFSETS.items() for off in offs
)

stats = defaultdict(lambda: [0, 0])
for ts, client in requests:
    ok, retry = limiter.allow(client, ts)
    stats[client][0 if ok else 1] += 1
    note = "" if ok else f"429 retry in {retry.total_seconds():.3f}s"
    print(f"{ts:%H:%M:%S.%f}"[:-3] + f" {client:<6} {'OK ' if ok else 'DENY'} {note}")

print()
for client, (ok, denied) in sorted(stats.items()):
    print(f"{client:<6} allowed={ok} denied={denied} ({denied / (ok + denied):.0%} rejected)")
