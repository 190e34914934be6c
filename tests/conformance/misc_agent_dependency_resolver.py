# area: realistic agent script: resolve package versions with simple constraints via backtracking search
INDEX = {
    "app": {"1.0": {"web": ">=2.0", "db": "<3.0"}},
    "web": {"1.5": {}, "2.0": {"util": ">=1.1"}, "2.1": {"util": ">=2.0"}},
    "db": {"2.5": {"util": "<2.0"}, "3.0": {"util": ">=1.0"}},
    "util": {"1.0": {}, "1.1": {}, "1.2": {}, "2.0": {}},
}

def vkey(v):
    return tuple(int(p) for p in v.split("."))

def satisfies(version, spec):
    for op in (">=", "<=", "==", "<", ">"):
        if spec.startswith(op):
            target = vkey(spec[len(op):])
            v = vkey(version)
            return {">=": v >= target, "<=": v <= target, "==": v == target, "<": v < target, ">": v > target}[op]
    raise ValueError(f"bad spec {spec!r}")

steps = []
def resolve(pending, chosen, constraints):
    if not pending:
        return chosen
    name = pending[0]
    if name in chosen:
        return resolve(pending[1:], chosen, constraints)
    specs = constraints.get(name, [])
    for version in sorted(INDEX[name], key=vkey, reverse=True):
        if not all(satisfies(version, s) for s in specs):
            continue
        deps = INDEX[name][version]
        conflict = any(d in chosen and not satisfies(chosen[d], s) for d, s in deps.items())
        if conflict:
            steps.append(f"reject {name} {version} (conflict)")
            continue
        steps.append(f"try {name} {version}")
        new_constraints = {k: list(v) for k, v in constraints.items()}
        for d, s in deps.items():
            new_constraints.setdefault(d, []).append(s)
        result = resolve(pending[1:] + list(deps), {**chosen, name: version}, new_constraints)
        if result:
            return result
        steps.append(f"backtrack from {name} {version}")
    return None

solution = resolve(["app"], {}, {})
print("\n".join(steps))
print("solution:", dict(sorted(solution.items())) if solution else None)
print(satisfies("2.10", ">=2.9"), satisfies("1.0", "<1.0"), sorted(["1.10", "1.9", "1.2.1"], key=vkey))
