# task: throttle outgoing API calls with a token bucket on a simulated clock
import heapq
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    capacity: float
    refill_per_sec: float
    tokens: float = field(init=False)
    last: float = 0.0

    def __post_init__(self):
        self.tokens = self.capacity

    def _refill(self, now: float) -> None:
        elapsed = now - self.last
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_per_sec)
        self.last = now

    def try_acquire(self, now: float, cost: float = 1.0) -> bool:
        self._refill(now)
        if self.tokens + 1e-9 >= cost:  # tolerate float drift from refills
            self.tokens -= cost
            return True
        return False

    def wait_time(self, now: float, cost: float = 1.0) -> float:
        self._refill(now)
        return max(0.0, (cost - self.tokens) / self.refill_per_sec)


bucket = TokenBucket(capacity=3, refill_per_sec=0.5)
# (arrival time, request id, cost)
requests = [(0.0, "r1", 1), (0.1, "r2", 1), (0.2, "r3", 1), (0.3, "r4", 1), (1.0, "r5", 1),
            (2.5, "r6", 2), (6.0, "r7", 1), (6.1, "r8", 3), (12.0, "r9", 3)]

# process in time order; a throttled request is re-queued at the time the bucket says it can go
pending = [(t, i, rid, cost, 1) for i, (t, rid, cost) in enumerate(requests)]
heapq.heapify(pending)
served, attempts = [], {}
while pending:
    t, order, rid, cost, attempt = heapq.heappop(pending)
    attempts[rid] = attempt
    if bucket.try_acquire(t, cost):
        served.append((rid, t))
        print(f"t={t:5.2f} {rid} cost={cost} try {attempt}: OK        tokens left {bucket.tokens:.2f}")
    elif attempt >= 3:
        print(f"t={t:5.2f} {rid} cost={cost} try {attempt}: DROPPED after {attempt} tries")
    else:
        wait = bucket.wait_time(t, cost)
        print(f"t={t:5.2f} {rid} cost={cost} try {attempt}: THROTTLED retry in {wait:.2f}s")
        heapq.heappush(pending, (round(t + wait, 6), order, rid, cost, attempt + 1))

print(f"\nserved {len(served)}/{len(requests)} in order: {[rid for rid, _ in served]}")
delays = {rid: round(t - next(a for a, r, _ in requests if r == rid), 2) for rid, t in served}
print("queueing delay per request:", delays)
print("needed retries:", sorted(rid for rid, n in attempts.items() if n > 1))
