# task: detect overlapping calendar bookings per room and suggest the earliest conflict-free reschedule
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import combinations


@dataclass(order=True)
class Booking:
    start: datetime
    end: datetime
    room: str
    title: str

    def overlaps(self, other: "Booking") -> bool:
        return self.room == other.room and self.start < other.end and other.start < self.end

    def overlap_minutes(self, other: "Booking") -> int:
        latest_start = max(self.start, other.start)
        earliest_end = min(self.end, other.end)
        return max(0, int((earliest_end - latest_start).total_seconds() // 60))


def b(room, title, start, minutes):
    s = datetime.fromisoformat(f"2024-09-10T{start}")
    return Booking(s, s + timedelta(minutes=minutes), room, title)


BOOKINGS = [
    b("Orion", "Design review", "09:00", 60),
    b("Orion", "1:1 Sam", "09:45", 30),
    b("Orion", "Hiring sync", "10:15", 45),
    b("Vega", "Standup", "09:00", 15),
    b("Vega", "Vendor call", "09:15", 45),
    b("Orion", "Lunch talk", "12:00", 60),
    b("Vega", "Planning", "09:50", 40),
    b("Orion", "Back-to-back", "11:00", 60),
]

conflicts = [(x, y) for x, y in combinations(sorted(BOOKINGS), 2) if x.overlaps(y)]
print(f"{len(conflicts)} conflict(s):")
for x, y in conflicts:
    print(f"  [{x.room}] {x.title} ({x.start:%H:%M}-{x.end:%H:%M}) vs {y.title} "
          f"({y.start:%H:%M}-{y.end:%H:%M}): {x.overlap_minutes(y)} min")


def first_free_slot(room, duration, not_before, day_end, ignore=None):
    busy = sorted((bk.start, bk.end) for bk in BOOKINGS if bk.room == room and bk is not ignore)
    candidate = not_before
    for start, end in busy:
        if candidate + duration <= start:
            return candidate
        candidate = max(candidate, end)
    return candidate if candidate + duration <= day_end else None


print()
day_end = datetime(2024, 9, 10, 18, 0)
for x, y in conflicts:
    later = max(x, y)
    slot = first_free_slot(later.room, later.end - later.start, later.start, day_end, ignore=later)
    print(f"move {later.title!r} in {later.room} to {slot:%H:%M}" if slot else f"no slot for {later.title}")

busy_minutes = {}
for bk in BOOKINGS:
    busy_minutes[bk.room] = busy_minutes.get(bk.room, 0) + (bk.end - bk.start).seconds // 60
print("booked minutes per room:", dict(sorted(busy_minutes.items())))
