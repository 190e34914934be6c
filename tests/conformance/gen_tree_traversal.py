# area: generators: recursive yield from traversals of nested dict/list config, flattening to dotted keys
CONFIG = {
    "service": {"name": "indexer", "replicas": 3, "ports": [8080, 8443]},
    "storage": {"backend": "s3", "buckets": [{"name": "raw", "ttl": 30}, {"name": "clean", "ttl": None}]},
    "debug": False,
    "tags": [],
}

def flatten(obj, prefix=""):
    if isinstance(obj, dict):
        if not obj:
            yield prefix, {}
        for k, v in obj.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(obj, list):
        if not obj:
            yield prefix, []
        for i, v in enumerate(obj):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj

for key, value in flatten(CONFIG):
    print(f"{key:<28} = {value!r}")

def walk_depth_first(obj, depth=0):
    yield depth, obj
    children = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else []
    for c in children:
        yield from walk_depth_first(c, depth + 1)

depths = [d for d, _ in walk_depth_first(CONFIG)]
print("nodes:", len(depths), "max depth:", max(depths))
leaves = sum(1 for _, v in walk_depth_first(CONFIG) if not isinstance(v, (dict, list)))
print("leaves:", leaves)

def unflatten(pairs):
    out = {}
    for key, value in pairs:
        parts = key.split(".")
        cur = out
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = value
    return out

print(unflatten([("a.b", 1), ("a.c", 2), ("d", 3), ("a.e.f", 4)]))
