# task: simulate a parking garage with vehicle sizes, spot allocation and hourly fees
from enum import IntEnum
import math


class Size(IntEnum):
    MOTO = 1
    COMPACT = 2
    LARGE = 3


class Vehicle:
    size = Size.COMPACT
    rate = 3.0

    def __init__(self, plate: str):
        self.plate = plate

    def __repr__(self):
        return f"{type(self).__name__}({self.plate})"


class Motorcycle(Vehicle):
    size = Size.MOTO
    rate = 1.5


class Car(Vehicle):
    pass


class Truck(Vehicle):
    size = Size.LARGE
    rate = 6.0


class GarageFull(Exception):
    pass


class Garage:
    def __init__(self, layout: dict[Size, int]):
        self.free = {size: [f"{size.name[0]}{i}" for i in range(1, n + 1)] for size, n in layout.items()}
        self.parked: dict[str, tuple[str, Vehicle, int]] = {}
        self.revenue = 0.0

    def enter(self, v: Vehicle, minute: int) -> str:
        for size in sorted(self.free):
            if size >= v.size and self.free[size]:
                spot = self.free[size].pop(0)
                self.parked[v.plate] = (spot, v, minute)
                return spot
        raise GarageFull(f"no spot for {v!r}")

    def leave(self, plate: str, minute: int) -> float:
        spot, v, start = self.parked.pop(plate)
        self.free[Size[{"M": "MOTO", "C": "COMPACT", "L": "LARGE"}[spot[0]]]].append(spot)
        hours = max(1, math.ceil((minute - start) / 60))
        fee = hours * v.rate
        self.revenue += fee
        return fee


g = Garage({Size.MOTO: 1, Size.COMPACT: 2, Size.LARGE: 1})
events = [
    (0, "in", Car("CAR-1")), (5, "in", Motorcycle("MOTO-1")), (12, "in", Motorcycle("MOTO-2")),
    (20, "in", Truck("TRK-1")), (31, "in", Car("CAR-2")), (45, "out", "CAR-1"),
    (50, "in", Truck("TRK-2")), (130, "out", "MOTO-2"), (200, "out", "TRK-1"), (210, "in", Truck("TRK-2")),
]
for minute, kind, payload in events:
    try:
        if kind == "in":
            print(f"t={minute:>3} {payload!r:<16} -> spot {g.enter(payload, minute)}")
        else:
            print(f"t={minute:>3} {payload:<16} leaves, pays ${g.leave(payload, minute):.2f}")
    except GarageFull as e:
        print(f"t={minute:>3} turned away: {e}")

print("still parked:", {plate: spot for plate, (spot, _, _) in sorted(g.parked.items())})
print("free spots:", {s.name: spots for s, spots in g.free.items()})
print(f"revenue so far: ${g.revenue:.2f}")
