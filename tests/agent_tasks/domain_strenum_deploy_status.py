# task: summarise deployment events using StrEnum statuses and auto() environments
from enum import StrEnum, Enum, auto
import json


class Status(StrEnum):
    QUEUED = auto()
    RUNNING = auto()
    SUCCEEDED = auto()
    FAILED = auto()


class Env(Enum):
    DEV = auto()
    STAGING = auto()
    PROD = auto()


EVENTS = json.loads("""[
  {"service": "api", "env": "DEV", "status": "succeeded"},
  {"service": "api", "env": "STAGING", "status": "succeeded"},
  {"service": "api", "env": "PROD", "status": "running"},
  {"service": "web", "env": "DEV", "status": "failed"},
  {"service": "web", "env": "DEV", "status": "succeeded"},
  {"service": "worker", "env": "STAGING", "status": "queued"},
  {"service": "worker", "env": "PROD", "status": "bogus"}
]""")

latest: dict[tuple[str, Env], Status] = {}
for ev in EVENTS:
    try:
        status = Status(ev["status"])
    except ValueError as e:
        print("ignored event:", e)
        continue
    latest[(ev["service"], Env[ev["env"]])] = status

services = sorted({svc for svc, _ in latest})
print(f"{'service':<8}" + "".join(f"{e.name:>10}" for e in Env))
for svc in services:
    cells = [latest.get((svc, env), "-") for env in Env]
    print(f"{svc:<8}" + "".join(f"{c:>10}" for c in cells))

print()
print("Status.FAILED == 'failed':", Status.FAILED == "failed")
print("upper:", Status.RUNNING.upper(), "| in f-string:", f"{Status.QUEUED}", "| repr:", repr(Status.QUEUED))
print("env values:", [(e.name, e.value) for e in Env])
blocked = [svc for svc in services if latest.get((svc, Env.PROD)) != Status.SUCCEEDED]
print("not yet live in prod:", blocked)
summary = {s.value: sum(1 for v in latest.values() if v is s) for s in Status}
print(json.dumps(summary))
