# task: simulate a traffic light controller with timed phases, pedestrian requests and a fault mode
from enum import Enum, auto


class Phase(Enum):
    GREEN = auto()
    YELLOW = auto()
    RED = auto()
    WALK = auto()
    FLASHING = auto()


DURATION = {Phase.GREEN: 5, Phase.YELLOW: 2, Phase.RED: 4, Phase.WALK: 3}


class Controller:
    def __init__(self):
        self.phase = Phase.RED
        self.remaining = DURATION[Phase.RED]
        self.ped_waiting = False
        self.log: list[str] = []

    def next_phase(self) -> Phase:
        if self.phase is Phase.GREEN:
            return Phase.YELLOW
        if self.phase is Phase.YELLOW:
            return Phase.WALK if self.ped_waiting else Phase.RED
        if self.phase is Phase.WALK:
            self.ped_waiting = False
            return Phase.RED
        return Phase.GREEN

    def tick(self, t: int, event: str | None = None) -> None:
        if event == "button":
            self.ped_waiting = True
            if self.phase is Phase.GREEN and self.remaining > 2:
                self.remaining = 2  # shorten green for waiting pedestrians
                self.log.append(f"t={t:>2} button: green shortened")
        elif event == "fault":
            self.phase, self.remaining = Phase.FLASHING, 0
            self.log.append(f"t={t:>2} FAULT -> flashing")
        elif event == "repair" and self.phase is Phase.FLASHING:
            self.phase, self.remaining = Phase.RED, DURATION[Phase.RED]
            self.log.append(f"t={t:>2} repaired -> red")
        if self.phase is Phase.FLASHING:
            return
        self.remaining -= 1
        if self.remaining <= 0:
            new = self.next_phase()
            self.log.append(f"t={t:>2} {self.phase.name} -> {new.name}")
            self.phase, self.remaining = new, DURATION[new]


EVENTS = {6: "button", 15: "button", 24: "fault", 28: "repair"}
ctl = Controller()
timeline = []
for t in range(1, 36):
    ctl.tick(t, EVENTS.get(t))
    timeline.append(ctl.phase.name[0])
print("\n".join(ctl.log))
print("timeline:", "".join(timeline))
counts = {p.name: timeline.count(p.name[0]) for p in Phase}
print("ticks per phase:", counts)
