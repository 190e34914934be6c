# task: compute monthly uptime per service from incident windows, merging overlaps, and compare against SLA targets
from datetime import datetime, timedelta

MONTH_START = datetime(2024, 2, 1)
MONTH_END = datetime(2024, 3, 1)
SLA_TARGET = {"api": 99.9, "web": 99.5, "worker": 99.0}
INCIDENTS = [
    ("api", "2024-02-03 10:00", "2024-02-03 10:25"),
    ("api", "2024-02-03 10:15", "2024-02-03 10:40"),
    ("api", "2024-02-17 02:00", "2024-02-17 02:05"),
    ("web", "2024-02-10 12:00", "2024-02-10 15:30"),
    ("worker", "2024-01-31 23:00", "2024-02-01 01:00"),
    ("worker", "2024-02-20 08:00", "2024-02-20 09:00"),
    ("worker", "2024-02-20 08:30", "2024-02-20 08:45"),
]


def merge(windows: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[list[datetime]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def clip(start: datetime, end: datetime) -> tuple[datetime, datetime] | None:
    s, e = max(start, MONTH_START), min(end, MONTH_END)
    return (s, e) if s < e else None


windows: dict[str, list] = {svc: [] for svc in SLA_TARGET}
for svc, start, end in INCIDENTS:
    clipped = clip(datetime.fromisoformat(start), datetime.fromisoformat(end))
    if clipped:
        windows[svc].append(clipped)

total_minutes = (MONTH_END - MONTH_START) / timedelta(minutes=1)
print(f"Uptime for {MONTH_START:%B %Y} ({total_minutes:,.0f} minutes)")
print(f"{'service':<8}{'incidents':>10}{'down min':>10}{'uptime':>10}{'target':>8}  status")
for svc, target in SLA_TARGET.items():
    merged = merge(windows[svc])
    down = sum((e - s) / timedelta(minutes=1) for s, e in merged)
    uptime = 100 * (1 - down / total_minutes)
    budget = total_minutes * (100 - target) / 100
    status = "OK" if uptime >= target else "MISSED"
    print(f"{svc:<8}{len(merged):>10}{down:>10.0f}{uptime:>9.3f}%{target:>7}%  {status} "
          f"(budget {budget:.0f} min, {budget - down:+.0f} left)")
