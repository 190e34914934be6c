# area: realistic agent script: sliding-window rate limiter over timestamped requests with per-client quotas
from collections import defaultdict
import bisect

REQUESTS = [
    (0.0, "ann"), (0.4, "ann"), (0.9, "bob"), (1.0, "ann"), (1.1, "ann"), (1.5, "ann"),
    (2.2, "bob"), (2.3, "bob"), (2.4, "bob"), (2.5, "bob"), (3.05, "ann"), (3.2, "cyd"), (4.0, "ann"),
]
WINDOW = 2.0
QUOTA = {"ann": 3, "bob": 3}
DEFAULT_QUOTA = 1

history = defaultdict(list)
decisions = []
for ts, client in REQUESTS:
    times = history[client]
    start = bisect.bisect_right(times, ts - WINDOW)
    recent = len(times) - start
    limit = QUOTA.get(client, DEFAULT_QUOTA)
    allowed = recent < limit
    if allowed:
        times.append(ts)
    decisions.append((ts, client, allowed, recent))
    print(f"t={ts:4.2f} {client:<4} {'ALLOW' if allowed else 'DENY ':<5} in-window={recent}/{limit}")

summary = defaultdict(lambda: [0, 0])
for _, client, allowed, _ in decisions:
    summary[client][0 if allowed else 1] += 1
for client, (ok, denied) in sorted(summary.items()):
    print(f"{client}: allowed={ok} denied={denied} rate={ok / (ok + denied):.0%}")
print({c: v for c, v in history.items()})
