# task: generate backoff schedules with generators and itertools, then drive a poller with them
import itertools


def exponential(base=0.25, factor=2.0, cap=8.0):
    delay = base
    while True:
        yield min(delay, cap)
        delay *= factor


def fibonacci_backoff(unit=0.5):
    a, b = 1, 1
    while True:
        yield a * unit
        a, b = b, a + b


def constant(delay=1.0):
    yield from itertools.repeat(delay)


def with_limit(schedule, attempts):
    return itertools.islice(schedule, attempts)


SCHEDULES = {"exponential": exponential, "fibonacci": fibonacci_backoff, "constant": constant}
for name, factory in SCHEDULES.items():
    delays = list(with_limit(factory(), 8))
    cumulative = list(itertools.accumulate(delays))
    print(f"{name:<12} delays={delays}")
    print(f"{'':<12} cumulative={cumulative}")


def poll_job(statuses, schedule, max_attempts=10):
    """statuses is an iterator of job states; returns (final, waited, polls)."""
    waited = 0.0
    for poll, (status, delay) in enumerate(zip(statuses, itertools.chain([0.0], schedule)), 1):
        waited += delay
        if status in ("done", "failed"):
            return status, waited, poll
        if poll >= max_attempts:
            break
    return "timeout", waited, poll


jobs = {
    "job-a": lambda: iter(["queued", "running", "running", "done"]),
    "job-b": lambda: iter(["queued"] * 3 + ["running"] * 4 + ["failed"]),
    "job-c": lambda: itertools.repeat("running"),
}
print()
for job, statuses in jobs.items():
    for name, factory in SCHEDULES.items():
        status, waited, polls = poll_job(statuses(), factory())
        print(f"{job} with {name:<12} -> {status:<7} after {polls:>2} polls, waited {waited:6.2f}s")
gaps = [round(b - a, 2) for a, b in itertools.pairwise(itertools.accumulate(with_limit(exponential(), 5)))]
print("pairwise gaps:", gaps)
