# task: manage hotel room reservations with overlap checks and occupancy reporting
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum


class RoomType(Enum):
    SINGLE = ("single", 89)
    DOUBLE = ("double", 129)
    SUITE = ("suite", 249)

    def __init__(self, label: str, rate: int):
        self.label = label
        self.rate = rate


@dataclass
class Booking:
    guest: str
    check_in: date
    check_out: date

    def nights(self) -> int:
        return (self.check_out - self.check_in).days

    def overlaps(self, other: "Booking") -> bool:
        return self.check_in < other.check_out and other.check_in < self.check_out


@dataclass
class Room:
    number: int
    kind: RoomType
    bookings: list[Booking] = field(default_factory=list)

    def __contains__(self, day: date) -> bool:
        return any(b.check_in <= day < b.check_out for b in self.bookings)

    def book(self, booking: Booking) -> None:
        clash = next((b for b in self.bookings if b.overlaps(booking)), None)
        if clash:
            raise ValueError(f"room {self.number} taken by {clash.guest} {clash.check_in}..{clash.check_out}")
        self.bookings.append(booking)


rooms = {n: Room(n, k) for n, k in [(101, RoomType.SINGLE), (102, RoomType.DOUBLE), (201, RoomType.SUITE)]}
start = date(2024, 7, 1)
requests = [
    (101, "Ito", 0, 3), (102, "Khan", 1, 5), (101, "Lopez", 2, 4), (201, "Moss", 0, 7),
    (101, "Lopez", 3, 6), (102, "Nair", 5, 6), (102, "Ode", 4, 8),
]
for room_no, guest, offset, nights in requests:
    b = Booking(guest, start + timedelta(days=offset), start + timedelta(days=offset + nights))
    try:
        rooms[room_no].book(b)
        print(f"booked {guest:<6} in {room_no} for {b.nights()} nights: ${b.nights() * rooms[room_no].kind.rate}")
    except ValueError as e:
        print(f"rejected {guest:<6}: {e}")

print("\nOccupancy grid")
days = [start + timedelta(days=i) for i in range(8)]
print("room  " + " ".join(d.strftime("%a")[:2] for d in days))
for room in rooms.values():
    print(f"{room.number:<5} " + " ".join(" X" if d in room else " ." for d in days))
revenue = {r.kind.label: sum(b.nights() for b in r.bookings) * r.kind.rate for r in rooms.values()}
occupied = sum(d in r for r in rooms.values() for d in days)
print(f"\nrevenue by type: {revenue}")
print(f"occupancy: {occupied}/{len(rooms) * len(days)} = {occupied / (len(rooms) * len(days)):.0%}")
