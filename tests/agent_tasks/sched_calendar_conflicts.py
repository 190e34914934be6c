# task: detect overlapping calendar events per attendee and suggest the next free start
import csv
import io
from datetime import datetime, timedelta
from itertools import combinations

EVENTS_CSV = """title,start,end,attendees
Roadmap,2024-10-01 09:00,2024-10-01 10:00,ana;bo;cy
Hiring sync,2024-10-01 09:30,2024-10-01 10:00,bo;dee
Focus time,2024-10-01 10:00,2024-10-01 12:00,ana
Vendor demo,2024-10-01 11:30,2024-10-01 12:30,ana;cy
Lunch,2024-10-01 12:00,2024-10-01 13:00,bo;cy;dee
Board prep,2024-10-01 12:45,2024-10-01 14:00,cy;dee
1:1 ana/bo,2024-10-01 14:00,2024-10-01 14:30,ana;bo
"""

FMT = "%Y-%m-%d %H:%M"
events = []
for row in csv.DictReader(io.StringIO(EVENTS_CSV)):
    events.append({
        "title": row["title"],
        "start": datetime.strptime(row["start"], FMT),
        "end": datetime.strptime(row["end"], FMT),
        "people": set(row["attendees"].split(";")),
    })

conflicts = []
for a, b in combinations(sorted(events, key=lambda e: e["start"]), 2):
    shared = a["people"] & b["people"]
    overlap = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if shared and overlap > timedelta(0):
        conflicts.append((a, b, sorted(shared), overlap))

print(f"{len(conflicts)} conflicts found")
for a, b, shared, overlap in conflicts:
    print(f"  {a['title']!r} x {b['title']!r}: {', '.join(shared)} overlap {int(overlap.total_seconds() // 60)} min")

people = sorted(set().union(*(e["people"] for e in events)))
print("\nper-person load:")
for person in people:
    mine = sorted((e for e in events if person in e["people"]), key=lambda e: e["start"])
    booked = sum(((e["end"] - e["start"]) for e in mine), timedelta())
    clash = sum(1 for c in conflicts if person in c[2])
    print(f"  {person:<4} {len(mine)} events, {booked} booked, {clash} clashes")


def next_free(person: str, after: datetime, length: timedelta) -> datetime:
    t = after
    for e in sorted((e for e in events if person in e["people"]), key=lambda e: e["start"]):
        if e["end"] <= t:
            continue
        if e["start"] - t >= length:
            break
        t = max(t, e["end"])
    return t


for a, b, shared, _ in conflicts[:3]:
    length = b["end"] - b["start"]
    new_start = max(next_free(p, b["start"], length) for p in b["people"])
    print(f"move {b['title']!r} to {new_start:%H:%M} ({length} long)")
