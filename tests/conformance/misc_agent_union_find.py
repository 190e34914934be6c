# area: realistic agent script: cluster duplicate records with union-find over shared emails/phones, report groups
RECORDS = [
    ("r1", "ann@x.com", "555-0101"),
    ("r2", "ann.lee@y.com", "555-0101"),
    ("r3", "bob@x.com", "555-0202"),
    ("r4", "ann.lee@y.com", None),
    ("r5", "cyd@z.com", "555-0303"),
    ("r6", "bob@x.com", "555-0404"),
    ("r7", "dee@z.com", "555-0404"),
    ("r8", "eve@q.com", None),
]
parent = {rid: rid for rid, *_ in RECORDS}
rank = {rid: 0 for rid in parent}

def find(x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root

def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True

owner = {}
merges = []
for rid, email, phone in RECORDS:
    for key in (email, phone):
        if key is None:
            continue
        if key in owner:
            if union(owner[key], rid):
                merges.append((owner[key], rid, key))
        else:
            owner[key] = rid
for m in merges:
    print("merge {} + {} via {}".format(*m))
groups = {}
for rid, *_ in RECORDS:
    groups.setdefault(find(rid), []).append(rid)
clusters = sorted(sorted(g) for g in groups.values())
for c in clusters:
    emails = sorted({e for r, e, _ in RECORDS if r in c})
    print(f"{'+'.join(c):<12} emails={emails}")
print(len(clusters), "clusters from", len(RECORDS), "records; largest", max(map(len, clusters)))
