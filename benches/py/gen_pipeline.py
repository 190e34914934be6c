# A streaming pipeline of generator functions and generator expressions, the way agents process records:
# read, parse, filter, enrich, batch, aggregate, with `yield from` delegation and next() with a default.


def read(n):
    for i in range(n):
        yield f"{i},{'user' + str(i % 97)},{(i * 37) % 1000},{'ok' if i % 11 else 'fail'}"


def parse(lines):
    for line in lines:
        ident, user, amount, status = line.split(",")
        yield {"id": int(ident), "user": user, "amount": int(amount), "ok": status == "ok"}


def only_ok(records):
    return (r for r in records if r["ok"])


def enrich(records):
    for r in records:
        r["tier"] = "gold" if r["amount"] > 800 else "silver" if r["amount"] > 400 else "bronze"
        yield r


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(batches):
    for b in batches:
        yield from b


def run(n):
    totals = {}
    count = 0
    for batch in batched(enrich(only_ok(parse(read(n)))), 64):
        count += len(batch)
        for r in batch:
            totals[r["tier"]] = totals.get(r["tier"], 0) + r["amount"]
    big = sum(r["amount"] for r in flatten(batched(parse(read(n // 4)), 10)) if r["amount"] > 500)
    first_fail = next((r["id"] for r in parse(read(n)) if not r["ok"] and r["id"] > 1000), None)
    return count, sorted(totals.items()), big, first_fail


print(run(150000))
