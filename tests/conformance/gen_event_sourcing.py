# area: generators: replay an event log through generator-based projections (balances, audit trail, snapshots every N events)
EVENTS = [
    ("open", "acc1", 0), ("deposit", "acc1", 100), ("open", "acc2", 50), ("withdraw", "acc1", 30),
    ("transfer", ("acc1", "acc2"), 20), ("deposit", "acc2", 5), ("withdraw", "acc2", 500), ("close", "acc1", 0),
]

def replay(events):
    state = {}
    for seq, (kind, target, amount) in enumerate(events, 1):
        error = None
        if kind == "open":
            state[target] = amount
        elif kind == "deposit":
            state[target] += amount
        elif kind == "withdraw":
            if state[target] < amount:
                error = f"insufficient funds in {target}"
            else:
                state[target] -= amount
        elif kind == "transfer":
            src, dst = target
            state[src] -= amount
            state[dst] += amount
        elif kind == "close":
            state.pop(target)
        yield seq, kind, dict(state), error

def snapshots(stream, every):
    for seq, kind, state, error in stream:
        if seq % every == 0:
            yield seq, state

def audit(stream):
    for seq, kind, state, error in stream:
        line = f"#{seq} {kind:<8} -> {state}"
        yield line + (f"  !! {error}" if error else "")

for line in audit(replay(EVENTS)):
    print(line)
print(list(snapshots(replay(EVENTS), 3)))
final = None
for final in replay(EVENTS):
    pass
print("final:", final[2], "errors:", sum(1 for *_, e in replay(EVENTS) if e))
