# area: realistic agent script: allocate a compute budget across jobs by weighted fair share with caps and redistribution
JOBS = {"train": {"weight": 5, "cap": 500}, "eval": {"weight": 2, "cap": 120}, "etl": {"weight": 3, "cap": 1000},
        "adhoc": {"weight": 1, "cap": 50}, "backfill": {"weight": 2, "cap": 0}}
TOTAL = 1000

alloc = {j: 0.0 for j in JOBS}
active = {j for j, spec in JOBS.items() if spec["cap"] > 0}
remaining = float(TOTAL)
rounds = 0
while remaining > 1e-9 and active:
    rounds += 1
    wsum = sum(JOBS[j]["weight"] for j in active)
    given = 0.0
    capped = set()
    for j in sorted(active):
        share = remaining * JOBS[j]["weight"] / wsum
        room = JOBS[j]["cap"] - alloc[j]
        take = min(share, room)
        alloc[j] += take
        given += take
        if take >= room - 1e-9:
            capped.add(j)
    print(f"round {rounds}: distributed {given:.2f}, capped {sorted(capped)}")
    remaining -= given
    active -= capped
    if not capped:
        break
for j, a in alloc.items():
    print(f"{j:<9} w={JOBS[j]['weight']} cap={JOBS[j]['cap']:>5} -> {a:8.2f} ({a / TOTAL:.1%})")
print(f"unallocated: {TOTAL - sum(alloc.values()):.2f}")
ints = {j: int(a) for j, a in alloc.items()}
leftover = TOTAL - sum(ints.values())
for j in sorted(alloc, key=lambda j: alloc[j] - int(alloc[j]), reverse=True)[:leftover]:
    if ints[j] < JOBS[j]["cap"]:
        ints[j] += 1
print("integer allocation:", ints, sum(ints.values()))
