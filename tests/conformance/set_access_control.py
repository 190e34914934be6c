# area: set: role-based permission checks with set algebra, subset tests, frozenset keys and deterministic output
ROLES = {
    "viewer": {"read"},
    "editor": {"read", "write", "comment"},
    "admin": {"read", "write", "comment", "delete", "invite"},
    "auditor": {"read", "export"},
}
USERS = {"ann": ["admin"], "bob": ["editor", "auditor"], "cyd": ["viewer"], "dee": []}

def perms(user):
    out = set()
    for role in USERS[user]:
        out |= ROLES[role]
    return out

for user in USERS:
    p = perms(user)
    print(f"{user:<4} {sorted(p)}")
print("can bob export+write?", {"export", "write"} <= perms("bob"))
print("ann superset of editor?", perms("ann") >= ROLES["editor"], perms("ann") > ROLES["admin"])
print("bob beyond editor:", sorted(perms("bob") - ROLES["editor"]))
print("common to all roles:", sorted(set.intersection(*ROLES.values())))
print("any role:", sorted(set().union(*ROLES.values())))
print("exclusive:", sorted(ROLES["admin"] ^ ROLES["auditor"]))
print("disjoint viewer/auditor-export:", ROLES["viewer"].isdisjoint({"export"}))
grants = {frozenset(["read", "write"]): "rw", frozenset(["read"]): "ro"}
print(grants[frozenset(["write", "read"])], grants.get(frozenset()), len(grants))
s = {3, 1, 2}
s.add(2)
s.discard(9)
s.update([5, 4])
popped = sorted(s)
s.remove(1)
print(sorted(s), len(s), 1 in s, popped)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
seen, dupes = set(), []
for w in "to be or not to be that is".split():
    (dupes if w in seen else seen.add(w) or []).append(w) if w in seen else seen.add(w)
print(sorted(seen), dupes)
print(sorted({x % 4 for x in range(20)}), frozenset("aab") == frozenset("ba"), set("hello") >= {"h", "o"})
