# area: dict: deep merge of nested config dicts, diffing two dicts, and inverting a mapping with collisions
def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

def diff(a, b, path=""):
    changes = []
    for k in sorted(set(a) | set(b)):
        p = f"{path}.{k}" if path else k
        if k not in b:
            changes.append(("removed", p, a[k]))
        elif k not in a:
            changes.append(("added", p, b[k]))
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            changes.extend(diff(a[k], b[k], p))
        elif a[k] != b[k]:
            changes.append(("changed", p, (a[k], b[k])))
    return changes

defaults = {"model": {"name": "base", "temp": 0.7, "stop": ["\n"]}, "retries": 3, "log": {"level": "info"}}
user = {"model": {"temp": 0.2, "max_tokens": 512}, "log": "quiet", "timeout": 30}
merged = deep_merge(defaults, user)
print(merged)
print(defaults["model"]["temp"], "(defaults untouched)")
for kind, path, val in diff(defaults, merged):
    print(f"{kind:<8} {path:<16} {val!r}")

owners = {"svc-a": "ann", "svc-b": "bob", "svc-c": "ann", "svc-d": "cyd", "svc-e": "bob"}
inverted = {}
for svc, who in owners.items():
    inverted.setdefault(who, []).append(svc)
print(inverted)
print({v: k for k, v in owners.items()})
print(dict(sorted(owners.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)))
counts = dict.fromkeys(sorted(set(owners.values())), 0)
for who in owners.values():
    counts[who] += 1
print(counts, max(counts, key=counts.get), sum(counts.values()))
d = {"a": 1}
d |= {"b": 2}
print(d | {"a": 0}, {"a": 0} | d, d)
