# task: report support ticket SLA compliance by priority using created/resolved timestamps
from datetime import datetime, timedelta
from collections import defaultdict

SLA = {"P1": timedelta(hours=4), "P2": timedelta(hours=24), "P3": timedelta(days=3)}
TICKETS = [
    ("T100", "P1", "2024-05-06 09:00", "2024-05-06 11:30"),
    ("T101", "P1", "2024-05-06 22:10", "2024-05-07 04:05"),
    ("T102", "P2", "2024-05-06 10:00", "2024-05-07 09:00"),
    ("T103", "P2", "2024-05-07 08:00", "2024-05-08 14:00"),
    ("T104", "P3", "2024-05-01 12:00", "2024-05-03 12:00"),
    ("T105", "P3", "2024-05-02 12:00", None),
    ("T106", "P2", "2024-05-08 16:45", "2024-05-08 17:15"),
    ("T107", "P1", "2024-05-09 01:00", "2024-05-09 03:59"),
]
NOW = datetime(2024, 5, 10, 12, 0)
FMT = "%Y-%m-%d %H:%M"


def fmt_td(td: timedelta) -> str:
    hours, rem = divmod(int(td.total_seconds()), 3600)
    return f"{hours}h{rem // 60:02d}m"


stats = defaultdict(lambda: {"met": 0, "missed": 0, "open": 0, "durations": []})
breaches = []
for tid, prio, created, resolved in TICKETS:
    start = datetime.strptime(created, FMT)
    end = datetime.strptime(resolved, FMT) if resolved else None
    elapsed = (end or NOW) - start
    s = stats[prio]
    if end is None:
        s["open"] += 1
        if elapsed > SLA[prio]:
            breaches.append(f"{tid} ({prio}) still open after {fmt_td(elapsed)}")
        continue
    s["durations"].append(elapsed)
    if elapsed <= SLA[prio]:
        s["met"] += 1
    else:
        s["missed"] += 1
        breaches.append(f"{tid} ({prio}) resolved in {fmt_td(elapsed)}, SLA {fmt_td(SLA[prio])}")

print(f"{'prio':<5}{'sla':>8}{'met':>5}{'miss':>6}{'open':>6}{'avg time':>10}{'compliance':>12}")
for prio in sorted(stats):
    s = stats[prio]
    closed = s["met"] + s["missed"]
    avg = sum(s["durations"], timedelta()) / closed if closed else timedelta()
    rate = f"{s['met'] / closed:.0%}" if closed else "n/a"
    print(f"{prio:<5}{fmt_td(SLA[prio]):>8}{s['met']:>5}{s['missed']:>6}{s['open']:>6}{fmt_td(avg):>10}{rate:>12}")
print("\nbreaches:")
for b in breaches:
    print(" -", b)
