# task: validate hotel booking requests: date order, stay length, lead time, and room double-booking conflicts
from datetime import date, timedelta
from dataclasses import dataclass


@dataclass
class Booking:
    ref: str
    room: int
    check_in: date
    check_out: date

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days

    def overlaps(self, other: "Booking") -> bool:
        return self.room == other.room and self.check_in < other.check_out and other.check_in < self.check_out


TODAY = date(2024, 7, 1)
MAX_NIGHTS = 14
MAX_ADVANCE = timedelta(days=365)
ROOMS = {101, 102, 201}

REQUESTS = [
    ("B1", 101, "2024-07-05", "2024-07-08"),
    ("B2", 101, "2024-07-07", "2024-07-09"),
    ("B3", 102, "2024-07-10", "2024-07-10"),
    ("B4", 201, "2024-06-28", "2024-07-02"),
    ("B5", 201, "2024-08-01", "2024-08-20"),
    ("B6", 305, "2024-07-03", "2024-07-04"),
    ("B7", 101, "2024-07-08", "2024-07-10"),
    ("B8", 102, "2025-09-01", "2025-09-03"),
    ("B9", 102, "2024-07-31", "2024-07-29"),
]

accepted: list[Booking] = []
for ref, room, ci, co in REQUESTS:
    b = Booking(ref, room, date.fromisoformat(ci), date.fromisoformat(co))
    errors = []
    if room not in ROOMS:
        errors.append(f"room {room} does not exist")
    if b.nights <= 0:
        errors.append("check-out must be after check-in")
    elif b.nights > MAX_NIGHTS:
        errors.append(f"{b.nights} nights exceeds max {MAX_NIGHTS}")
    if b.check_in < TODAY:
        errors.append("check-in is in the past")
    elif b.check_in - TODAY > MAX_ADVANCE:
        errors.append("too far in advance")
    clash = next((a for a in accepted if a.overlaps(b)), None)
    if clash:
        errors.append(f"overlaps {clash.ref} ({clash.check_in:%b %d}-{clash.check_out:%b %d})")
    if errors:
        print(f"{ref}: REJECTED - " + "; ".join(errors))
    else:
        accepted.append(b)
        print(f"{ref}: confirmed room {room}, {b.nights} night(s) from {b.check_in:%a %d %b}")

occupancy = sum(b.nights for b in accepted)
print(f"\n{len(accepted)} bookings, {occupancy} room-nights")
