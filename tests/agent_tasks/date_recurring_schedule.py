# task: expand recurring events (weekly on given weekdays, every N days, monthly by day) skipping holidays
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Iterator

HOLIDAYS = {date(2024, 5, 1), date(2024, 5, 9), date(2024, 5, 20)}
WINDOW = (date(2024, 4, 29), date(2024, 5, 31))


@dataclass
class Rule:
    name: str
    kind: str  # "weekly", "interval" or "monthly"
    at: time
    weekdays: tuple = ()
    every_days: int = 0
    day_of_month: int = 0
    start: date = WINDOW[0]

    def occurrences(self, start: date, end: date) -> Iterator[datetime]:
        d = max(start, self.start)
        while d <= end:
            match self.kind:
                case "weekly":
                    hit = d.weekday() in self.weekdays
                case "interval":
                    hit = (d - self.start).days % self.every_days == 0
                case "monthly":
                    hit = d.day == self.day_of_month
                case other:
                    raise ValueError(f"unknown rule kind {other!r}")
            if hit and d not in HOLIDAYS:
                yield datetime.combine(d, self.at)
            d += timedelta(days=1)


RULES = [
    Rule("standup", "weekly", time(9, 30), weekdays=(0, 2, 4)),
    Rule("backup check", "interval", time(7, 0), every_days=10, start=date(2024, 5, 3)),
    Rule("invoice run", "monthly", time(18, 0), day_of_month=20),
    Rule("retro", "weekly", time(16, 0), weekdays=(3,)),
]

agenda = sorted((dt, rule.name) for rule in RULES for dt in rule.occurrences(*WINDOW))
print(f"{len(agenda)} events between {WINDOW[0]} and {WINDOW[1]}")
current_week = None
for dt, name in agenda:
    week = dt.isocalendar().week
    if week != current_week:
        print(f"-- week {week} --")
        current_week = week
    print(f"  {dt:%a %d %b %H:%M}  {name}")

counts = {}
for _, name in agenda:
    counts[name] = counts.get(name, 0) + 1
print("per rule:", counts)
skipped = sorted(h for h in HOLIDAYS if h.weekday() in (0, 2, 4))
print("standups skipped for holidays:", [h.isoformat() for h in skipped])
try:
    list(Rule("bad", "yearly", time(0)).occurrences(*WINDOW))
except ValueError as e:
    print("error:", e)
