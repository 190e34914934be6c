# task: parse simulated command-line argument vectors into options, flags and positionals by hand
from dataclasses import dataclass, field

SPEC = {
    "--output": {"short": "-o", "takes_value": True, "default": "out.txt"},
    "--verbose": {"short": "-v", "takes_value": False, "count": True},
    "--limit": {"short": "-n", "takes_value": True, "type": int, "default": 10},
    "--dry-run": {"short": None, "takes_value": False},
    "--tag": {"short": "-t", "takes_value": True, "multiple": True},
}
SHORT = {v["short"]: k for k, v in SPEC.items() if v["short"]}


class UsageError(Exception):
    pass


@dataclass
class Parsed:
    options: dict = field(default_factory=dict)
    positionals: list = field(default_factory=list)


def parse_args(argv: list[str]) -> Parsed:
    result = Parsed({name: spec.get("default") for name, spec in SPEC.items()})
    args = iter(argv)
    for arg in args:
        if arg == "--":
            result.positionals.extend(args)
            break
        if arg.startswith("-") and len(arg) > 1:
            name, eq, inline = arg.partition("=")
            if name.startswith("-") and not name.startswith("--") and len(name) > 2 and not eq:
                expanded = [f"-{ch}" for ch in name[1:]]  # -vvv or -vn
                if all(e in SHORT and not SPEC[SHORT[e]]["takes_value"] for e in expanded):
                    for e in expanded:
                        result.options[SHORT[e]] = (result.options[SHORT[e]] or 0) + 1
                    continue
            name = SHORT.get(name, name)
            spec = SPEC.get(name)
            if spec is None:
                raise UsageError(f"unknown option {arg}")
            if not spec["takes_value"]:
                if spec.get("count"):
                    result.options[name] = (result.options[name] or 0) + 1
                else:
                    result.options[name] = True
                continue
            value = inline if eq else next(args, None)
            if value is None:
                raise UsageError(f"option {name} requires a value")
            try:
                value = spec.get("type", str)(value)
            except ValueError:
                raise UsageError(f"option {name}: invalid value {value!r}") from None
            if spec.get("multiple"):
                result.options[name] = (result.options[name] or []) + [value]
            else:
                result.options[name] = value
        else:
            result.positionals.append(arg)
    return result


vectors = [
    ["report.csv", "-o", "summary.md", "-vv", "--limit=5"],
    ["--tag", "alpha", "-t", "beta", "--dry-run", "a.txt", "--", "-not-an-option"],
    ["-n", "ten", "x"],
    ["--output"],
    ["--colour", "red"],
    ["-vvv", "-v", "input.json"],
]
for argv in vectors:
    try:
        parsed = parse_args(argv)
        opts = {k.lstrip("-"): v for k, v in parsed.options.items() if v is not None}
        print(f"{' '.join(argv):<48} -> {opts} {parsed.positionals}")
    except UsageError as e:
        print(f"{' '.join(argv):<48} -> usage error: {e}")
