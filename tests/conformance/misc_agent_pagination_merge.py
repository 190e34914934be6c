# area: realistic agent script: merge paginated API results with dedupe by id, last-write-wins on updated_at, and stable output
PAGES = [
    [{"id": 3, "name": "gamma", "updated_at": "2024-05-01T10:00"}, {"id": 1, "name": "alpha", "updated_at": "2024-05-01T09:00"}],
    [{"id": 2, "name": "beta", "updated_at": "2024-05-01T09:30"}, {"id": 3, "name": "gamma-v2", "updated_at": "2024-05-02T08:00"}],
    [{"id": 1, "name": "alpha-old", "updated_at": "2024-04-30T23:59"}, {"id": 4, "name": "delta", "updated_at": "2024-05-03T12:00"}],
    [],
]
merged = {}
events = []
for page_no, page in enumerate(PAGES, 1):
    if not page:
        events.append(f"page {page_no}: empty, stop")
        break
    for item in page:
        cur = merged.get(item["id"])
        if cur is None:
            merged[item["id"]] = item
            events.append(f"page {page_no}: new {item['id']}")
        elif item["updated_at"] > cur["updated_at"]:
            merged[item["id"]] = item
            events.append(f"page {page_no}: update {item['id']} {cur['name']} -> {item['name']}")
        else:
            events.append(f"page {page_no}: stale {item['id']} ignored ({item['name']})")
print("\n".join(events))
for item in sorted(merged.values(), key=lambda i: i["id"]):
    print(f"{item['id']:>2} {item['name']:<10} {item['updated_at']}")
latest = max(merged.values(), key=lambda i: i["updated_at"])
print("latest change:", latest["name"], "| ids:", sorted(merged), "| total seen:", sum(len(p) for p in PAGES))
