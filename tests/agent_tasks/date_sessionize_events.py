# task: split user clickstream events into sessions using a 30-minute inactivity gap and summarise them
from datetime import datetime, timedelta
from itertools import groupby
from operator import itemgetter
from statistics import median

GAP = timedelta(minutes=30)

RAW_EVENTS = """\
u1 2024-04-10T09:00:00 view_home
u1 2024-04-10T09:02:10 view_item
u2 2024-04-10T09:05:00 view_home
u1 2024-04-10T09:20:00 add_to_cart
u1 2024-04-10T10:15:00 view_home
u2 2024-04-10T09:40:59 search
u1 2024-04-10T10:16:30 checkout
u2 2024-04-10T09:36:00 view_item
u3 2024-04-10T23:50:00 view_home
u3 2024-04-11T00:10:00 view_item
u2 2024-04-10T11:00:00 view_home
"""

events = []
for line in RAW_EVENTS.splitlines():
    user, ts, action = line.split()
    events.append((user, datetime.fromisoformat(ts), action))
events.sort(key=itemgetter(0, 1))

sessions = []
for user, items in groupby(events, key=itemgetter(0)):
    current = []
    for ev in items:
        if current and ev[1] - current[-1][1] > GAP:
            sessions.append((user, current))
            current = []
        current.append(ev)
    sessions.append((user, current))

print(f"{len(events)} events -> {len(sessions)} sessions (gap {GAP})")
durations = []
for n, (user, evs) in enumerate(sessions, 1):
    start, end = evs[0][1], evs[-1][1]
    durations.append((end - start).total_seconds() / 60)
    converted = any(a == "checkout" for _, _, a in evs)
    path = " > ".join(a for _, _, a in evs)
    crosses = " (crosses midnight)" if start.date() != end.date() else ""
    print(f"#{n} {user} {start:%H:%M}-{end:%H:%M} {len(evs)} events{' $' if converted else ''}: {path}{crosses}")

print(f"median session length: {median(durations):.1f} min, longest {max(durations):.1f} min")
per_user = {u: sum(1 for s in sessions if s[0] == u) for u in sorted({e[0] for e in events})}
print("sessions per user:", per_user)
bounce = sum(1 for _, evs in sessions if len(evs) == 1)
print(f"bounce rate: {bounce / len(sessions):.0%}")
