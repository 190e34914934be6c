# task: adapt an agent's parallel tool-call limit with AIMD based on simulated error feedback
import random

random.seed(5)


class AIMDLimiter:
    def __init__(self, start=4, minimum=1, maximum=32, increase=1, decrease=0.5):
        self.limit = start
        self.minimum, self.maximum = minimum, maximum
        self.increase, self.decrease = increase, decrease
        self.history = [start]

    def on_success(self):
        self.limit = min(self.maximum, self.limit + self.increase)
        self.history.append(self.limit)

    def on_overload(self):
        self.limit = max(self.minimum, int(self.limit * self.decrease))
        self.history.append(self.limit)


def backend_round(concurrency: int, capacity: int) -> tuple[int, int]:
    """Returns (ok, throttled) for a round of `concurrency` calls."""
    throttled = 0
    for _ in range(concurrency):
        over = max(0, concurrency - capacity)
        if random.random() < over / concurrency:
            throttled += 1
    return concurrency - throttled, throttled


limiter = AIMDLimiter()
capacity_by_round = [10] * 8 + [5] * 6 + [16] * 10
totals = {"ok": 0, "throttled": 0}
for rnd, capacity in enumerate(capacity_by_round, 1):
    conc = limiter.limit
    ok, throttled = backend_round(conc, capacity)
    totals["ok"] += ok
    totals["throttled"] += throttled
    if throttled:
        limiter.on_overload()
        action = "halve"
    else:
        limiter.on_success()
        action = "+1"
    bar = "#" * conc
    print(f"r{rnd:02d} cap={capacity:>2} limit={conc:>2} ok={ok:>2} 429={throttled:>2} {action:<5} {bar}")

print("limit history:", limiter.history)
rate = totals["throttled"] / (totals["ok"] + totals["throttled"])
print(f"totals: {totals}, throttle rate {rate:.1%}")
print("final limit:", limiter.limit, "| peak:", max(limiter.history))
