# task: expand daily, weekly and monthly recurring events into concrete dates for a month view
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class Recurrence:
    title: str
    start: date
    freq: str                      # "daily" | "weekly" | "monthly"
    interval: int = 1
    weekdays: list[int] = field(default_factory=list)   # for weekly, 0=Mon
    until: date | None = None
    exceptions: set[date] = field(default_factory=set)

    def occurrences(self, lo: date, hi: date):
        end = min(hi, self.until) if self.until else hi
        if self.freq == "daily":
            d = self.start
            while d <= end:
                if d >= lo and d not in self.exceptions:
                    yield d
                d += timedelta(days=self.interval)
        elif self.freq == "weekly":
            week_start = self.start - timedelta(days=self.start.weekday())
            while week_start <= end:
                for wd in sorted(self.weekdays or [self.start.weekday()]):
                    d = week_start + timedelta(days=wd)
                    if self.start <= d <= end and d >= lo and d not in self.exceptions:
                        yield d
                week_start += timedelta(weeks=self.interval)
        elif self.freq == "monthly":
            y, m, n = self.start.year, self.start.month, 0
            while True:
                last = ((date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)).day
                d = date(y, m, min(self.start.day, last))   # clamp the 31st to short months
                if d > end:
                    break
                if d >= lo and d not in self.exceptions:
                    yield d
                n += self.interval
                y, m = self.start.year + (self.start.month - 1 + n) // 12, (self.start.month - 1 + n) % 12 + 1
        else:
            raise ValueError(f"unsupported freq {self.freq!r}")


events = [
    Recurrence("standup", date(2024, 2, 1), "weekly", weekdays=[0, 2, 4], exceptions={date(2024, 2, 19)}),
    Recurrence("pay rent", date(2024, 1, 31), "monthly"),
    Recurrence("backup check", date(2024, 2, 3), "daily", interval=7, until=date(2024, 2, 20)),
    Recurrence("sprint review", date(2024, 1, 12), "weekly", interval=2),
    Recurrence("gym", date(2024, 2, 1), "yearly"),
]
lo, hi = date(2024, 2, 1), date(2024, 2, 29)
by_day: dict[date, list[str]] = {}
for ev in events:
    try:
        for d in ev.occurrences(lo, hi):
            by_day.setdefault(d, []).append(ev.title)
    except ValueError as e:
        print("skipped:", e)

print(lo.strftime("%B %Y"))
for d in sorted(by_day):
    print(f"  {d:%a %d}: {', '.join(by_day[d])}")
counts = {ev.title: sum(ev.title in v for v in by_day.values()) for ev in events}
print("occurrences:", counts)
print("pay rent in 2024:", [d.isoformat() for d in events[1].occurrences(date(2024, 1, 1), date(2024, 5, 1))])
