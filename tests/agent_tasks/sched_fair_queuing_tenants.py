# task: share a worker fairly across tenants with deficit round robin over queued jobs of different sizes
from collections import deque, OrderedDict

QUEUES = OrderedDict({
    "acme": deque([("a1", 300), ("a2", 300), ("a3", 300), ("a4", 300), ("a5", 300)]),
    "globex": deque([("g1", 800), ("g2", 100)]),
    "initech": deque([("i1", 150), ("i2", 150), ("i3", 150)]),
    "hooli": deque(),
})
WEIGHTS = {"acme": 1, "globex": 1, "initech": 2, "hooli": 1}
QUANTUM = 250

deficit = {t: 0 for t in QUEUES}
served_bytes = {t: 0 for t in QUEUES}
order = []
round_no = 0
while any(QUEUES.values()):
    round_no += 1
    line = []
    for tenant, q in QUEUES.items():
        if not q:
            deficit[tenant] = 0
            continue
        deficit[tenant] += QUANTUM * WEIGHTS[tenant]
        while q and q[0][1] <= deficit[tenant]:
            job, size = q.popleft()
            deficit[tenant] -= size
            served_bytes[tenant] += size
            order.append(job)
            line.append(f"{job}({size})")
        if not q:
            deficit[tenant] = 0
    print(f"round {round_no}: {' '.join(line) or '-'} | deficits {deficit}")

print("\nservice order:", " ".join(order))
first_half = order[: len(order) // 2]
print("tenants seen in first half:", sorted({j[0] for j in first_half}))
print("bytes served:", served_bytes)
