# area: err: an agent step exceeds its virtual time budget and raises TimeoutError with details
BUDGET = 10.0
steps = [("plan", 1.5), ("search", 3.0), ("read", 4.0), ("write", 2.5)]
clock = 0.0
for name, cost in steps:
    if clock + cost > BUDGET:
        raise TimeoutError(f"step {name!r} would end at {clock + cost:.1f}s, budget is {BUDGET:.1f}s")
    clock += cost
    print(f"{name:<7} done at {clock:4.1f}s")
