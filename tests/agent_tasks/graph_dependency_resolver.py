# task: resolve a package install plan from a registry: transitive deps, missing packages and conflicts
from dataclasses import dataclass, field

REGISTRY = {
    "webapp": {"version": "2.0", "requires": {"http": ">=1.2", "templating": "any", "orm": ">=3.0"}},
    "http": {"version": "1.4", "requires": {"sockets": "any", "tls": ">=1.0"}},
    "templating": {"version": "0.9", "requires": {"markup": "any"}},
    "orm": {"version": "3.1", "requires": {"db-driver": ">=2.0", "tls": ">=2.0"}},
    "sockets": {"version": "5.0", "requires": {}},
    "tls": {"version": "1.5", "requires": {}},
    "markup": {"version": "1.0", "requires": {}},
    "db-driver": {"version": "2.2", "requires": {"sockets": "any", "native-ext": "any"}},
}


class ResolutionError(Exception):
    pass


@dataclass
class Plan:
    order: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    required_by: dict = field(default_factory=dict)


def satisfies(version: str, spec: str) -> bool:
    if spec == "any":
        return True
    minimum = spec.removeprefix(">=")
    return tuple(map(int, version.split("."))) >= tuple(map(int, minimum.split(".")))


def resolve(root: str) -> Plan:
    plan = Plan()
    visiting = set()

    def visit(name: str, parent: str | None, spec: str):
        plan.required_by.setdefault(name, []).append(f"{parent or '(root)'}{'' if spec == 'any' else ' ' + spec}")
        pkg = REGISTRY.get(name)
        if pkg is None:
            plan.problems.append(f"missing package {name!r} (needed by {parent})")
            return
        if not satisfies(pkg["version"], spec):
            plan.problems.append(f"conflict: {parent} needs {name} {spec}, registry has {pkg['version']}")
        if name in plan.order:
            return
        if name in visiting:
            raise ResolutionError(f"dependency cycle through {name}")
        visiting.add(name)
        for dep, dep_spec in sorted(pkg["requires"].items()):
            visit(dep, name, dep_spec)
        visiting.discard(name)
        plan.order.append(name)

    visit(root, None, "any")
    return plan


plan = resolve("webapp")
print("install order:")
for i, name in enumerate(plan.order, 1):
    print(f"  {i}. {name}=={REGISTRY[name]['version']:<4} required by: {', '.join(plan.required_by[name])}")
print("problems:")
for p in plan.problems:
    print("  -", p)

REGISTRY["tls"]["requires"] = {"http": "any"}
try:
    resolve("webapp")
except ResolutionError as e:
    print("after adding tls -> http:", e)
