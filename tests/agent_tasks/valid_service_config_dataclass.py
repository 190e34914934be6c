# task: load a service config dict into typed dataclasses, validating ranges and cross-field rules in __post_init__
from dataclasses import dataclass, field, fields, asdict
import json


class ConfigError(ValueError):
    pass


@dataclass
class DatabaseConfig:
    host: str
    port: int = 5432
    pool_size: int = 5
    timeout_s: float = 30.0

    def __post_init__(self):
        if not 1 <= self.port <= 65535:
            raise ConfigError(f"database.port {self.port} out of range")
        if self.pool_size < 1:
            raise ConfigError("database.pool_size must be positive")


@dataclass
class ServiceConfig:
    name: str
    env: str
    database: DatabaseConfig
    workers: int = 2
    allowed_origins: list[str] = field(default_factory=list)
    debug: bool = False

    def __post_init__(self):
        if self.env not in {"dev", "staging", "prod"}:
            raise ConfigError(f"env must be dev/staging/prod, not {self.env!r}")
        if self.env == "prod" and self.debug:
            raise ConfigError("debug must be off in prod")
        if self.workers > self.database.pool_size * 2:
            raise ConfigError(f"{self.workers} workers would starve a pool of {self.database.pool_size}")


def load(raw: dict) -> ServiceConfig:
    known = {f.name for f in fields(ServiceConfig)}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"unknown keys: {sorted(unknown)}")
    try:
        db = DatabaseConfig(**raw["database"])
        return ServiceConfig(**{**raw, "database": db})
    except KeyError as e:
        raise ConfigError(f"missing section {e}") from e
    except TypeError as e:
        raise ConfigError(f"bad field: {e}") from e


CONFIGS = {
    "good": {"name": "api", "env": "prod", "workers": 4, "database": {"host": "db1", "pool_size": 4}},
    "debug-prod": {"name": "api", "env": "prod", "debug": True, "database": {"host": "db1"}},
    "bad-port": {"name": "api", "env": "dev", "database": {"host": "db1", "port": 70000}},
    "typo": {"name": "api", "env": "dev", "wrokers": 3, "database": {"host": "db1"}},
    "no-db": {"name": "api", "env": "staging"},
    "extra-db-key": {"name": "api", "env": "dev", "database": {"host": "x", "user": "root"}},
    "starved": {"name": "api", "env": "staging", "workers": 16, "database": {"host": "db2", "pool_size": 3}},
}

for label, raw in CONFIGS.items():
    try:
        cfg = load(raw)
    except ConfigError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{label:<13} INVALID: {e}{cause}")
    else:
        print(f"{label:<13} OK: {json.dumps(asdict(cfg), sort_keys=True)}")
