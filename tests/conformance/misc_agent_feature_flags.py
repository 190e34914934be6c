# area: realistic agent script: evaluate feature-flag rules (percent rollout via stable hashing, allowlists, attributes)
FLAGS = {
    "new_ui": {"enabled": True, "rollout": 30, "allow": ["ann"], "deny": ["eve"]},
    "fast_search": {"enabled": True, "rollout": 100, "require": {"plan": "pro"}},
    "beta_export": {"enabled": False, "rollout": 100},
    "dark_mode": {"enabled": True, "rollout": 50, "require": {"country": ["NO", "SE"]}},
}
USERS = [
    {"id": "ann", "plan": "free", "country": "NO"},
    {"id": "bob", "plan": "pro", "country": "US"},
    {"id": "cyd", "plan": "pro", "country": "SE"},
    {"id": "dee", "plan": "free", "country": "SE"},
    {"id": "eve", "plan": "pro", "country": "NO"},
]

def bucket(flag, uid):
    h = 0
    for ch in f"{flag}:{uid}":
        h = (h * 31 + ord(ch)) % 1_000_003
    return h % 100

def evaluate(flag, user):
    rule = FLAGS[flag]
    if not rule["enabled"]:
        return False, "disabled"
    if user["id"] in rule.get("deny", []):
        return False, "denied"
    if user["id"] in rule.get("allow", []):
        return True, "allowlisted"
    for attr, want in rule.get("require", {}).items():
        have = user.get(attr)
        ok = have in want if isinstance(want, list) else have == want
        if not ok:
            return False, f"requires {attr}={want}"
    b = bucket(flag, user["id"])
    return b < rule["rollout"], f"bucket {b} vs {rule['rollout']}%"

print(f"{'user':<5}" + "".join(f"{f:>13}" for f in FLAGS))
for u in USERS:
    cells = ["on" if evaluate(f, u)[0] else "off" for f in FLAGS]
    print(f"{u['id']:<5}" + "".join(f"{c:>13}" for c in cells))
print()
for f in FLAGS:
    for u in USERS[:3]:
        on, why = evaluate(f, u)
        print(f"{f:<12} {u['id']:<4} {'ON ' if on else 'off'} {why}")
print({f: sum(evaluate(f, u)[0] for u in USERS) for f in FLAGS})
