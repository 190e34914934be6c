# task: group duplicate customer records into connected components linked by shared email or phone
from collections import defaultdict

RECORDS = [
    {"id": 1, "name": "Ana Lima", "email": "ana@x.com", "phone": "555-0101"},
    {"id": 2, "name": "A. Lima", "email": "ana.lima@y.org", "phone": "555-0101"},
    {"id": 3, "name": "Ana L.", "email": "ana.lima@y.org", "phone": None},
    {"id": 4, "name": "Bruno Reis", "email": "bruno@x.com", "phone": "555-0202"},
    {"id": 5, "name": "Carla Dias", "email": "carla@z.net", "phone": "555-0303"},
    {"id": 6, "name": "C. Dias", "email": None, "phone": "555-0303"},
    {"id": 7, "name": "Dora", "email": "dora@x.com", "phone": None},
    {"id": 8, "name": "Bruno R.", "email": "BRUNO@x.com", "phone": "555-9999"},
]

# build an undirected graph where records sharing any key are adjacent
adjacency = defaultdict(set)
by_key = defaultdict(list)
for rec in RECORDS:
    adjacency[rec["id"]]
    for field in ("email", "phone"):
        if rec[field]:
            by_key[(field, rec[field].lower())].append(rec["id"])
for ids in by_key.values():
    for a in ids:
        for b in ids:
            if a != b:
                adjacency[a].add(b)


def components(adj):
    seen = set()
    for start in sorted(adj):
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            comp.append(node)
            for nxt in adj[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        yield sorted(comp)


by_id = {r["id"]: r for r in RECORDS}
clusters = list(components(adjacency))
print(f"{len(RECORDS)} records -> {len(clusters)} customers")
for n, comp in enumerate(clusters, 1):
    names = [by_id[i]["name"] for i in comp]
    emails = sorted({by_id[i]["email"].lower() for i in comp if by_id[i]["email"]})
    phones = sorted({by_id[i]["phone"] for i in comp if by_id[i]["phone"]})
    canonical = max(names, key=len)
    print(f"customer {n}: ids={comp} name={canonical!r}")
    print(f"    emails={emails} phones={phones}")

sizes = sorted((len(c) for c in clusters), reverse=True)
print("cluster sizes:", sizes, "| singletons:", sum(1 for s in sizes if s == 1))
