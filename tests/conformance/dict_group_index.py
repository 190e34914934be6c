# area: dict: building indexes (by key, multi-key, prefix) over records, get/setdefault/pop with defaults, views
records = [
    {"id": 1, "city": "Oslo", "country": "NO", "pop": 709},
    {"id": 2, "city": "Bergen", "country": "NO", "pop": 286},
    {"id": 3, "city": "Lyon", "country": "FR", "pop": 522},
    {"id": 4, "city": "Paris", "country": "FR", "pop": 2161},
    {"id": 5, "city": "Lille", "country": "FR", "pop": 236},
    {"id": 6, "city": "Porto", "country": "PT", "pop": 232},
]
by_id = {r["id"]: r for r in records}
by_country = {}
for r in records:
    by_country.setdefault(r["country"], []).append(r["city"])
by_initial = {}
for r in records:
    by_initial.setdefault(r["city"][0], set()).add(r["country"])
print(by_id[4]["city"], by_id.get(9, {}).get("city", "?"))
print(by_country)
print({k: sorted(v) for k, v in sorted(by_initial.items())})
pop_by_country = {c: sum(by_id[i]["pop"] for i in by_id if by_id[i]["country"] == c) for c in by_country}
print(pop_by_country)
keys = by_id.keys()
vals = by_id.values()
print(len(keys), 3 in keys, list(keys)[:3])
removed = by_id.pop(3)
print(removed["city"], len(keys), len(vals), by_id.pop(99, "none"))
print(sorted(keys & {1, 2, 3, 99}), sorted(keys - {1, 2}))
last = by_id.popitem()
print(last[0], list(by_id))
for k in list(by_id):
    if by_id[k]["pop"] < 300:
        del by_id[k]
print({k: v["city"] for k, v in by_id.items()})
print(list(zip(pop_by_country, pop_by_country.values())))
try:
    for k in by_id:
        by_id[k + 100] = None
except RuntimeError as e:
    print("RuntimeError:", e)
