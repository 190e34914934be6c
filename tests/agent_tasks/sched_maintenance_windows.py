# task: pack maintenance jobs into nightly windows with first-fit decreasing and respect blackout rules
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class Window:
    night: date
    capacity: int                     # minutes
    jobs: list[tuple[str, int]] = field(default_factory=list)

    @property
    def used(self) -> int:
        return sum(m for _, m in self.jobs)

    @property
    def free(self) -> int:
        return self.capacity - self.used

    def label(self) -> str:
        return f"{self.night:%a %m/%d}"


JOBS = {"db-vacuum": 95, "kernel-patch": 60, "cert-rotate": 15, "index-rebuild": 120, "log-purge": 25,
        "firmware": 80, "cache-warm": 30, "schema-migrate": 150, "backup-verify": 45, "dns-cutover": 20}
# some jobs may not run on Friday/Saturday nights (weekday 4, 5)
NO_WEEKEND = {"schema-migrate", "dns-cutover", "kernel-patch"}

start = date(2024, 11, 4)
windows = [Window(start + timedelta(days=i), 240 if (start + timedelta(days=i)).weekday() >= 4 else 180)
           for i in range(5)]
unplaced = []
for name, minutes in sorted(JOBS.items(), key=lambda kv: (-kv[1], kv[0])):
    for w in windows:
        if name in NO_WEEKEND and w.night.weekday() in (4, 5):
            continue
        if w.free >= minutes:
            w.jobs.append((name, minutes))
            break
    else:
        unplaced.append(name)

for w in windows:
    fill = w.used / w.capacity
    bar = "#" * round(fill * 20)
    print(f"{w.label()} [{bar:<20}] {w.used:>3}/{w.capacity} min  " + ", ".join(f"{n}({m})" for n, m in w.jobs))
print("unplaced:", unplaced or "none")
total_needed = sum(JOBS.values())
total_cap = sum(w.capacity for w in windows)
used_windows = sum(1 for w in windows if w.jobs)
print(f"needed {total_needed} of {total_cap} min across {used_windows} windows; "
      f"lower bound {-(-total_needed // max(w.capacity for w in windows))} windows")
