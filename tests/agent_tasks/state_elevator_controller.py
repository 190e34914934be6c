# task: simulate an elevator controller serving hall and car calls with the SCAN (elevator) algorithm
from enum import Enum


class Dir(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


class Elevator:
    def __init__(self, floors: int):
        self.floors = floors
        self.floor = 0
        self.direction = Dir.IDLE
        self.stops: set[int] = set()
        self.log: list[str] = []
        self.travelled = 0

    def call(self, floor: int) -> None:
        if not 0 <= floor < self.floors:
            raise ValueError(f"floor {floor} does not exist")
        if floor != self.floor or self.direction is not Dir.IDLE:
            self.stops.add(floor)

    def _choose_direction(self) -> Dir:
        if not self.stops:
            return Dir.IDLE
        above = any(s > self.floor for s in self.stops)
        below = any(s < self.floor for s in self.stops)
        if self.direction is Dir.UP and above or (self.direction is not Dir.DOWN and above and not below):
            return Dir.UP
        if below:
            return Dir.DOWN
        return Dir.UP

    def step(self, t: int) -> None:
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"t={t:>2} doors open at {self.floor}")
            return
        self.direction = self._choose_direction()
        if self.direction is Dir.IDLE:
            return
        self.floor += self.direction.value
        self.travelled += 1


CALLS = {0: [5], 1: [2], 3: [8, 1], 6: [0], 9: [7], 14: [3, 9], 20: [12]}
elevator = Elevator(floors=10)
positions = []
for t in range(36):
    for f in CALLS.get(t, []):
        try:
            elevator.call(f)
            elevator.log.append(f"t={t:>2} call to floor {f} (pending {sorted(elevator.stops)})")
        except ValueError as e:
            elevator.log.append(f"t={t:>2} rejected: {e}")
    elevator.step(t)
    positions.append(elevator.floor)

print("\n".join(elevator.log))
print("positions:", "".join(str(p) for p in positions))
print("floors travelled:", elevator.travelled, "| final:", elevator.floor, elevator.direction.name,
      "| pending:", sorted(elevator.stops))
