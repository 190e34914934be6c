# area: generators: simulate a paginated API with cursors, lazily yield items across pages, stop early, count requests
PAGES = {
    None: {"items": [{"id": i, "score": (i * 37) % 100} for i in range(1, 6)], "next": "c2"},
    "c2": {"items": [{"id": i, "score": (i * 37) % 100} for i in range(6, 11)], "next": "c3"},
    "c3": {"items": [{"id": i, "score": (i * 37) % 100} for i in range(11, 14)], "next": None},
}
requests = []

def fetch(cursor):
    requests.append(cursor)
    return PAGES[cursor]

def paginate():
    cursor = None
    while True:
        page = fetch(cursor)
        yield from page["items"]
        cursor = page["next"]
        if cursor is None:
            return

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print([x["id"] for x in take(3, paginate())], "requests:", requests)
requests.clear()
high = (x for x in paginate() if x["score"] > 80)
print(next(high), "requests:", len(requests))
print(list(high), "requests:", len(requests))
requests.clear()
print(sum(x["score"] for x in paginate()), requests)
def batched_ids(it, size):
    batch = []
    for x in it:
        batch.append(x["id"])
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched_ids(paginate(), 4)))
