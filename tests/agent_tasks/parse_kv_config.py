# task: parse a key=value configuration with comments and coerce values into a typed dataclass
from dataclasses import dataclass, field, fields

RAW = """
# service configuration
name = billing-worker
port=8081
debug = false
timeout_seconds = 12.5
  retries = 3   # inline comment
tags = alpha, beta ,gamma
unknown_key = whatever
port = 9090
"""


@dataclass
class Config:
    name: str = "worker"
    port: int = 8000
    debug: bool = False
    timeout_seconds: float = 30.0
    retries: int = 1
    tags: list = field(default_factory=list)


def coerce(value: str, typ):
    if typ is bool:
        lowered = value.lower()
        if lowered in {"true", "yes", "on", "1"}:
            return True
        if lowered in {"false", "no", "off", "0"}:
            return False
        raise ValueError(f"not a boolean: {value!r}")
    if typ is list:
        return [part.strip() for part in value.split(",") if part.strip()]
    return typ(value)


def parse_config(text: str) -> tuple[Config, list[str]]:
    types = {f.name: f.type for f in fields(Config)}
    values, warnings = {}, []
    for n, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            warnings.append(f"line {n}: missing '='")
            continue
        key, _, value = (part.strip() for part in line.partition("="))
        if key not in types:
            warnings.append(f"line {n}: unknown key {key!r}")
            continue
        if key in values:
            warnings.append(f"line {n}: {key} overrides earlier value {values[key]!r}")
        try:
            values[key] = coerce(value, types[key])
        except ValueError as exc:
            warnings.append(f"line {n}: {exc}")
    return Config(**values), warnings


cfg, warnings = parse_config(RAW)
print(cfg)
for w in warnings:
    print("warning:", w)
print(f"listening on :{cfg.port} with {cfg.retries} retries, timeout {cfg.timeout_seconds:.1f}s")
print("tags:", " | ".join(cfg.tags))
