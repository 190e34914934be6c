# area: realistic agent script: apply RFC6902-style JSON patch operations (add/remove/replace/move/test) with pointer paths
import json, copy

class PatchError(Exception):
    pass

def parse_pointer(ptr):
    if ptr == "":
        return []
    if not ptr.startswith("/"):
        raise PatchError(f"bad pointer {ptr!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in ptr[1:].split("/")]

def walk(doc, parts):
    cur = doc
    for p in parts:
        if isinstance(cur, list):
            cur = cur[int(p)]
        elif isinstance(cur, dict):
            if p not in cur:
                raise PatchError(f"path segment {p!r} not found")
            cur = cur[p]
        else:
            raise PatchError(f"cannot descend into {type(cur).__name__}")
    return cur

def apply(doc, ops):
    doc = copy.deepcopy(doc)
    for i, op in enumerate(ops):
        parts = parse_pointer(op["path"])
        parent, key = walk(doc, parts[:-1]), parts[-1]
        kind = op["op"]
        if kind == "test":
            if walk(doc, parts) != op["value"]:
                raise PatchError(f"op {i}: test failed at {op['path']}")
        elif kind == "add":
            if isinstance(parent, list):
                parent.insert(len(parent) if key == "-" else int(key), op["value"])
            else:
                parent[key] = op["value"]
        elif kind == "remove":
            del parent[int(key) if isinstance(parent, list) else key]
        elif kind == "replace":
            walk(doc, parts)
            parent[int(key) if isinstance(parent, list) else key] = op["value"]
        elif kind == "move":
            src = parse_pointer(op["from"])
            sp = walk(doc, src[:-1])
            value = sp.pop(int(src[-1])) if isinstance(sp, list) else sp.pop(src[-1])
            apply_add = {"op": "add", "path": op["path"], "value": value}
            doc = apply(doc, [apply_add])
        else:
            raise PatchError(f"op {i}: unknown op {kind!r}")
    return doc

DOC = {"name": "svc", "tags": ["a", "b"], "cfg": {"port": 80, "a/b": 1}}
PATCH = [
    {"op": "test", "path": "/name", "value": "svc"},
    {"op": "replace", "path": "/cfg/port", "value": 8080},
    {"op": "add", "path": "/tags/-", "value": "c"},
    {"op": "add", "path": "/tags/0", "value": "first"},
    {"op": "remove", "path": "/cfg/a~1b"},
    {"op": "move", "from": "/tags/1", "path": "/cfg/moved"},
    {"op": "add", "path": "/owner", "value": {"team": "core"}},
]
print(json.dumps(apply(DOC, PATCH), sort_keys=True))
print(json.dumps(DOC, sort_keys=True))
for bad in [[{"op": "test", "path": "/name", "value": "x"}], [{"op": "replace", "path": "/nope/x", "value": 1}],
            [{"op": "copy", "path": "/a"}], [{"op": "add", "path": "name", "value": 1}]]:
    try:
        apply(DOC, bad)
    except PatchError as e:
        print("PatchError:", e)
