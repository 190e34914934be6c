# area: generators: an agent-style streaming pipeline (read, parse, filter, batch, aggregate) built from generator functions and expressions
import json

RAW = [
    '{"user": "ann", "action": "login", "ms": 120}',
    'not json',
    '{"user": "bob", "action": "search", "ms": 340, "q": "shoes"}',
    '{"user": "ann", "action": "search", "ms": 95, "q": "hats"}',
    '',
    '{"user": "cid", "action": "buy", "ms": 800, "amount": 19.5}',
    '{"user": "bob", "action": "buy", "ms": 650, "amount": 5.25}',
    '{"user": "ann", "action": "logout", "ms": 30}',
]


def read_lines(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if line:
            yield n, line


def parse(records):
    bad = 0
    for n, line in records:
        try:
            yield n, json.loads(line)
        except ValueError:
            bad += 1
            print(f"  skipped line {n}: not JSON")
    return bad


def only(actions, events):
    return ((n, e) for n, e in events if e["action"] in actions)


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def numbered(gen):
    result = yield from gen
    print("  parser reported", result, "bad line(s)")


events = list(numbered(parse(read_lines(RAW))))
print(len(events), "events")
for i, batch in enumerate(batched(only({"search", "buy"}, events), 2)):
    users = ", ".join(e["user"] for _, e in batch)
    slow = max(e["ms"] for _, e in batch)
    print(f"batch {i}: {users} (slowest {slow} ms)")
revenue = sum(e.get("amount", 0) for _, e in events)
print("revenue", revenue)
per_user = {}
for _, e in events:
    per_user.setdefault(e["user"], []).append(e["action"])
print(sorted((u, len(a)) for u, a in per_user.items()))
first_buy = next((e["user"] for _, e in events if e["action"] == "buy"), None)
print("first buyer", first_buy)
print("any slow:", any(e["ms"] > 700 for _, e in events), "all timed:", all("ms" in e for _, e in events))
