# area: realistic agent script: discrete-event simulation of workers processing a job queue with a heap of events
import heapq

JOBS = [(0, "j1", 5), (1, "j2", 3), (2, "j3", 8), (2, "j4", 2), (6, "j5", 4), (7, "j6", 1), (15, "j7", 2)]
WORKERS = 2

events = [(t, 0, "arrive", name, dur) for t, name, dur in JOBS]
heapq.heapify(events)
free = list(range(WORKERS))
waiting = []
log, starts, finishes = [], {}, {}
seq = 1
while events:
    t, _, kind, name, dur = heapq.heappop(events)
    if kind == "arrive":
        waiting.append((name, dur, t))
        log.append(f"t={t:>2} arrive {name} (queue {len(waiting)})")
    else:
        free.append(dur)
        free.sort()
        finishes[name] = t
        log.append(f"t={t:>2} done   {name} on w{dur}")
    while free and waiting:
        w = free.pop(0)
        jname, jdur, arrived = waiting.pop(0)
        starts[jname] = (t, arrived)
        seq += 1
        heapq.heappush(events, (t + jdur, seq, "done", jname, w))
        log.append(f"t={t:>2} start  {jname} on w{w} (waited {t - arrived})")
print("\n".join(log))
waits = {j: s - a for j, (s, a) in starts.items()}
print("waits:", waits)
print(f"avg wait {sum(waits.values()) / len(waits):.2f}, max wait {max(waits.values())} ({max(waits, key=waits.get)})")
print("makespan:", max(finishes.values()))
busy = sum(d for _, _, d in JOBS)
print(f"utilisation {busy / (WORKERS * max(finishes.values())):.1%}")
