# task: resolve npm-style version constraints (^, ~, >=, <, exact) against available package versions
import re

AVAILABLE = {
    "left-pad": ["1.0.0", "1.1.0", "1.1.3", "1.3.0", "2.0.0"],
    "lodash": ["3.10.1", "4.0.0", "4.17.15", "4.17.21"],
    "react": ["16.14.0", "17.0.2", "18.0.0", "18.2.0", "18.3.1"],
    "tiny": ["0.1.0", "0.1.4", "0.2.0"],
}

REQUIREMENTS = {
    "left-pad": "^1.1.0",
    "lodash": "~4.17.0",
    "react": ">=17.0.0 <18.1.0",
    "tiny": "^0.1.2",
    "ghost": "^1.0.0",
    "lodash-exact": "4.0.0",
}


def parse_version(s):
    return tuple(int(p) for p in s.split("."))


def expand(constraint):
    """Turn one constraint string into a list of (op, version) comparisons."""
    checks = []
    for part in constraint.split():
        m = re.fullmatch(r"(\^|~|>=|<=|>|<|=)?(\d+\.\d+\.\d+)", part)
        if not m:
            raise ValueError(f"bad constraint {part!r}")
        op, v = m.group(1) or "=", parse_version(m.group(2))
        if op == "^":
            upper = (v[0] + 1, 0, 0) if v[0] > 0 else (0, v[1] + 1, 0)
            checks += [(">=", v), ("<", upper)]
        elif op == "~":
            checks += [(">=", v), ("<", (v[0], v[1] + 1, 0))]
        else:
            checks.append((op, v))
    return checks


COMPARE = {
    "=": lambda a, b: a == b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b, "<": lambda a, b: a < b,
}


def resolve(name, constraint):
    pkg = name.removesuffix("-exact")
    if pkg not in AVAILABLE:
        raise LookupError(f"package {pkg!r} not found")
    checks = expand(constraint)
    matching = [v for v in AVAILABLE[pkg] if all(COMPARE[op](parse_version(v), ref) for op, ref in checks)]
    if not matching:
        raise LookupError(f"no version of {pkg} satisfies {constraint}")
    return max(matching, key=parse_version), matching


lock = {}
for name, constraint in REQUIREMENTS.items():
    try:
        chosen, candidates = resolve(name, constraint)
    except LookupError as e:
        print(f"{name:<13} {constraint:<18} ERROR {e}")
        continue
    lock[name] = chosen
    print(f"{name:<13} {constraint:<18} -> {chosen:<9} (candidates: {', '.join(candidates)})")

print("lockfile:", lock)
