# task: parse semantic versions and check dependency constraints (^, ~, >=, <, exact) from a lockfile
import re
from functools import total_ordering

SEMVER_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")


@total_ordering
class Version:
    def __init__(self, text: str):
        m = SEMVER_RE.match(text.strip())
        if not m:
            raise ValueError(f"invalid semver {text!r}")
        self.major, self.minor, self.patch = map(int, m.groups()[:3])
        self.pre = m.group(4)

    def key(self):
        pre_key = (1,) if self.pre is None else (0, tuple(
            (0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split(".")))
        return (self.major, self.minor, self.patch, pre_key)

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"Version('{self}')"

    def __str__(self):
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.pre}" if self.pre else base


def satisfies(version: Version, constraint: str) -> bool:
    for part in constraint.split(","):
        part = part.strip()
        op, ver = re.match(r"^(\^|~|>=|<=|>|<|=)?(.*)$", part).groups()
        base = Version(ver)
        if op == "^":
            upper = Version(f"{base.major + 1}.0.0") if base.major else Version(f"0.{base.minor + 1}.0")
            ok = base <= version < upper
        elif op == "~":
            ok = base <= version < Version(f"{base.major}.{base.minor + 1}.0")
        elif op in (None, "="):
            ok = version == base
        else:
            ok = {">=": version >= base, "<=": version <= base, ">": version > base, "<": version < base}[op]
        if not ok:
            return False
    return True


LOCKED = {"requests": "2.31.0", "numpy": "1.26.4", "left-pad": "0.3.1", "tool": "2.0.0-rc.1",
          "django": "5.0.2", "broken": "1.2"}
CONSTRAINTS = {"requests": "^2.28.0", "numpy": ">=1.24.0, <1.26.0", "left-pad": "^0.2.0",
               "tool": ">=2.0.0-beta.3", "django": "~5.0.0", "broken": ">=1.0.0"}

for name, constraint in CONSTRAINTS.items():
    try:
        v = Version(LOCKED[name])
    except ValueError as e:
        print(f"{name:<9} ERROR {e}")
        continue
    mark = "ok  " if satisfies(v, constraint) else "FAIL"
    print(f"{name:<9} {mark} {str(v):<11} constraint {constraint}")
versions = sorted(Version(s) for s in ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "0.9.9", "1.0.0-beta.2", "1.0.0-beta.11"])
print("sorted:", [str(v) for v in versions])
