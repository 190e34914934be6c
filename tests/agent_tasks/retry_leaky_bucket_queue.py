# task: smooth bursty webhook deliveries with a leaky-bucket queue on a simulated timeline
from collections import deque

ARRIVALS = [  # (time in seconds, webhook id)
    (0.0, "w1"), (0.0, "w2"), (0.1, "w3"), (0.2, "w4"), (0.2, "w5"), (0.3, "w6"),
    (2.0, "w7"), (2.1, "w8"), (5.0, "w9"), (5.0, "w10"), (5.0, "w11"), (5.0, "w12"), (5.1, "w13"),
]
LEAK_RATE = 2.0     # deliveries per second
CAPACITY = 4        # queued webhooks before we shed load


def simulate(arrivals, leak_rate, capacity):
    queue: deque[tuple[str, float]] = deque()
    interval = 1.0 / leak_rate
    next_slot = 0.0
    delivered, dropped = [], []
    events = sorted(arrivals)
    i = 0
    t = 0.0
    while i < len(events) or queue:
        next_arrival = events[i][0] if i < len(events) else float("inf")
        if queue and next_slot <= next_arrival:
            t = max(t, next_slot)
            wid, arrived = queue.popleft()
            delivered.append((wid, arrived, t))
            next_slot = t + interval
            continue
        t = next_arrival
        arrived_at, wid = events[i]
        i += 1
        if len(queue) >= capacity:
            dropped.append((wid, arrived_at))
        else:
            if not queue:
                next_slot = max(next_slot, arrived_at)
            queue.append((wid, arrived_at))
    return delivered, dropped


delivered, dropped = simulate(ARRIVALS, LEAK_RATE, CAPACITY)
print(f"{'id':<5}{'arrived':>8}{'sent':>7}{'delay':>7}")
for wid, arrived, sent in delivered:
    print(f"{wid:<5}{arrived:>8.1f}{sent:>7.1f}{sent - arrived:>7.1f}")
print("dropped:", [f"{w}@{t}" for w, t in dropped])
delays = [s - a for _, a, s in delivered]
print(f"delivered {len(delivered)}, dropped {len(dropped)}, max delay {max(delays):.1f}s, "
      f"mean delay {sum(delays) / len(delays):.2f}s")
gaps = [round(b[2] - a[2], 2) for a, b in zip(delivered, delivered[1:])]
print("min gap between sends:", min(gaps), "(>= 1/leak_rate:", min(gaps) >= 1 / LEAK_RATE, ")")
