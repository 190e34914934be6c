# task: evaluate role permissions for agent tool access using enum.Flag
from enum import Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ADMIN = auto()
    READ_WRITE = READ | WRITE


ROLES = {
    "viewer": Perm.READ,
    "editor": Perm.READ_WRITE,
    "runner": Perm.READ | Perm.EXECUTE,
    "owner": Perm.READ | Perm.WRITE | Perm.EXECUTE | Perm.ADMIN,
}

TOOLS = {
    "list_files": Perm.READ,
    "edit_file": Perm.READ | Perm.WRITE,
    "run_tests": Perm.EXECUTE,
    "rotate_keys": Perm.ADMIN | Perm.WRITE,
}


def names(p: Perm) -> str:
    return "|".join(m.name for m in Perm if m.value and bin(m.value).count("1") == 1 and m in p) or "NONE"


def check(role: str, tool: str) -> tuple[bool, Perm]:
    have = ROLES[role]
    need = TOOLS[tool]
    missing = need & ~have
    return (not missing, missing)


print("role permissions:")
for role, perm in ROLES.items():
    print(f"  {role:<7} {names(perm):<28} value={perm.value}")

print("\naccess matrix:")
print(f"{'':8}" + "".join(f"{t:>15}" for t in TOOLS))
for role in ROLES:
    row = []
    for tool in TOOLS:
        ok, missing = check(role, tool)
        row.append("yes" if ok else "-" + names(missing))
    print(f"{role:<8}" + "".join(f"{c:>15}" for c in row))

grant = ROLES["viewer"]
grant |= Perm.EXECUTE
print("\nviewer + EXECUTE:", names(grant), "| equals runner:", grant == ROLES["runner"])
revoked = ROLES["owner"] & ~Perm.ADMIN
print("owner without ADMIN:", names(revoked), "| bool(NONE):", bool(Perm.NONE))
print("READ in editor:", Perm.READ in ROLES["editor"], "| ADMIN in editor:", Perm.ADMIN in ROLES["editor"])
print("alias:", Perm.READ_WRITE.name, Perm(3).name)
