# mod_: enums with methods, properties, classmethods, tuple values with __init__, _missing_, match
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, f"{p.surface_gravity:.2f}")
print(Planet((5.976e24, 6.37814e6)) is Planet.EARTH)


class Status(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"

    @property
    def finished(self):
        return self in (Status.DONE, Status.FAILED)

    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.endswith("ed") and value != "failed":
            return cls.DONE
        return None

    def describe(self):
        return f"{self.name.title()} ({'final' if self.finished else 'active'})"


jobs = {"a": Status.parse(" RUNNING "), "b": Status("finished"), "c": Status.FAILED}
for k, s in sorted(jobs.items()):
    print(k, s.describe())
try:
    Status("lost")
except ValueError as e:
    print(e)


def route(s):
    match s:
        case Status.PENDING | Status.RUNNING:
            return "wait"
        case Status.DONE:
            return "collect"
        case _:
            return "retry"


print([route(s) for s in Status])
counts = {}
for s in [Status.DONE, Status.FAILED, Status.DONE]:
    counts[s] = counts.get(s, 0) + 1
print({s.value: n for s, n in counts.items()})
