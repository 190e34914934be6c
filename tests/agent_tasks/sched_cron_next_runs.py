# task: parse cron-like schedules and compute the next run times after a given moment
from datetime import datetime, timedelta

DAYS = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}


def parse_field(text: str, lo: int, hi: int, names: dict | None = None) -> list[int]:
    values: set[int] = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/")
            step = int(step_s)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-")
            start, end = (names[a] if names and a in names else int(a)), (names[b] if names and b in names else int(b))
        else:
            start = end = names[part] if names and part in names else int(part)
        if not (lo <= start <= hi and lo <= end <= hi):
            raise ValueError(f"field {text!r} out of range {lo}-{hi}")
        values.update(range(start, end + 1, step))
    return sorted(values)


class Cron:
    def __init__(self, expr: str):
        minute, hour, weekday = expr.split()
        self.expr = expr
        self.minutes = parse_field(minute, 0, 59)
        self.hours = parse_field(hour, 0, 23)
        self.weekdays = parse_field(weekday, 0, 6, DAYS)

    def matches(self, dt: datetime) -> bool:
        return dt.minute in self.minutes and dt.hour in self.hours and dt.weekday() in self.weekdays

    def next_runs(self, after: datetime, count: int = 3) -> list[datetime]:
        runs, dt = [], after.replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit = dt + timedelta(days=8)
        while len(runs) < count and dt < limit:
            if dt.weekday() not in self.weekdays or dt.hour not in self.hours:
                dt = (dt + timedelta(hours=1)).replace(minute=0)
                continue
            if dt.minute in self.minutes:
                runs.append(dt)
            dt += timedelta(minutes=1)
        return runs


now = datetime(2024, 5, 17, 16, 42, 30)  # a Friday afternoon
print(f"now: {now:%a %Y-%m-%d %H:%M:%S}")
jobs = {
    "sync-crm": "*/15 9-17 MON-FRI",
    "nightly-report": "30 2 *",
    "weekend-backup": "0 3,15 SAT,SUN",
    "hourly-digest": "5 * MON,WED,FRI",
    "broken": "61 * *",
}
for name, expr in jobs.items():
    try:
        cron = Cron(expr)
    except ValueError as e:
        print(f"{name:<15} invalid: {e}")
        continue
    runs = cron.next_runs(now)
    pretty = ", ".join(f"{r:%a %H:%M}" for r in runs)
    wait = runs[0] - now
    print(f"{name:<15} {expr:<20} next: {pretty}  (in {wait})")
print("minutes for */20:", parse_field("*/20", 0, 59), "| hours 1-3,8:", parse_field("1-3,8", 0, 23))
