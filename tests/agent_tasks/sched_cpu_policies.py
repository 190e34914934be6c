# task: compare FCFS, SJF and round-robin scheduling of agent jobs by waiting and turnaround time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    arrival: int
    burst: int


JOBS = [Job("A", 0, 8), Job("B", 1, 4), Job("C", 2, 9), Job("D", 3, 5), Job("E", 6, 2)]


def fcfs(jobs):
    t, finish = 0, {}
    for j in sorted(jobs, key=lambda j: (j.arrival, j.name)):
        t = max(t, j.arrival) + j.burst
        finish[j.name] = t
    return finish


def sjf(jobs):
    pending, t, finish = sorted(jobs, key=lambda j: j.arrival), 0, {}
    while pending:
        ready = [j for j in pending if j.arrival <= t] or [pending[0]]
        j = min(ready, key=lambda j: (j.burst, j.arrival))
        pending.remove(j)
        t = max(t, j.arrival) + j.burst
        finish[j.name] = t
    return finish


def round_robin(jobs, quantum=3):
    arrivals = deque(sorted(jobs, key=lambda j: j.arrival))
    remaining = {j.name: j.burst for j in jobs}
    ready, t, finish, timeline = deque(), 0, {}, []
    while arrivals or ready:
        while arrivals and arrivals[0].arrival <= t:
            ready.append(arrivals.popleft())
        if not ready:
            t = arrivals[0].arrival
            continue
        j = ready.popleft()
        run = min(quantum, remaining[j.name])
        timeline.append(f"{j.name}{t}-{t + run}")
        t += run
        remaining[j.name] -= run
        while arrivals and arrivals[0].arrival <= t:
            ready.append(arrivals.popleft())
        if remaining[j.name]:
            ready.append(j)
        else:
            finish[j.name] = t
    return finish, timeline


rr_finish, rr_timeline = round_robin(JOBS)
results = {"FCFS": fcfs(JOBS), "SJF": sjf(JOBS), "RR(q=3)": rr_finish}
print(f"{'policy':<8}" + "".join(f"{j.name:>5}" for j in JOBS) + f"{'avg wait':>10}{'avg tat':>9}")
for policy, finish in results.items():
    tat = {j.name: finish[j.name] - j.arrival for j in JOBS}
    wait = {j.name: tat[j.name] - j.burst for j in JOBS}
    avg_w = sum(wait.values()) / len(JOBS)
    avg_t = sum(tat.values()) / len(JOBS)
    print(f"{policy:<8}" + "".join(f"{wait[j.name]:>5}" for j in JOBS) + f"{avg_w:>10.2f}{avg_t:>9.2f}")
print("RR timeline:", " ".join(rr_timeline))
best = min(results, key=lambda p: sum(results[p][j.name] - j.arrival for j in JOBS))
print("lowest average turnaround:", best)
