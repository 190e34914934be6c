# task: order agent work items by earliest deadline first and report lateness on a single worker
from datetime import datetime, timedelta
import heapq

START = datetime(2024, 3, 4, 9, 0)
WORK = [
    # (name, available from (min after start), effort minutes, deadline as "HH:MM")
    ("draft-proposal", 0, 90, "12:00"),
    ("answer-legal", 0, 30, "09:45"),
    ("review-pr-42", 20, 45, "11:00"),
    ("prep-slides", 60, 60, "13:30"),
    ("fix-typo", 100, 5, "10:50"),
    ("vendor-call", 150, 30, "12:15"),
]


def at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return START.replace(hour=h, minute=m)


pending = sorted(WORK, key=lambda w: w[1])
ready: list[tuple[datetime, str, int]] = []
now = START
i = 0
report = []
while i < len(pending) or ready:
    while i < len(pending) and START + timedelta(minutes=pending[i][1]) <= now:
        name, _, effort, due = pending[i]
        heapq.heappush(ready, (at(due), name, effort))
        i += 1
    if not ready:
        now = START + timedelta(minutes=pending[i][1])
        continue
    due, name, effort = heapq.heappop(ready)
    begin = now
    now += timedelta(minutes=effort)
    lateness = now - due
    report.append((name, begin, now, due, lateness))

print(f"{'task':<16}{'start':<6}{'end':>7}{'due':>7}  status")
for name, begin, end, due, late in report:
    status = f"late by {int(late.total_seconds() // 60)} min" if late > timedelta(0) else \
        f"{int(-late.total_seconds() // 60)} min spare"
    print(f"{name:<16}{begin:%H:%M}".ljust(22) + f"{end.strftime('%H:%M'):>7}{due.strftime('%H:%M'):>7}  {status}")
late_items = [r for r in report if r[4] > timedelta(0)]
max_late = max((r[4] for r in report), default=timedelta(0))
print(f"finished at {now:%H:%M}; late items: {len(late_items)}; max lateness {max_late}")
