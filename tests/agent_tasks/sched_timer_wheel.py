# task: simulate a hashed timing wheel that fires reminders and recurring heartbeats tick by tick
class TimerWheel:
    def __init__(self, slots: int = 8):
        self.slots = [[] for _ in range(slots)]
        self.tick = 0
        self.fired: list[tuple[int, str]] = []
        self._ids = 0

    def schedule(self, delay: int, name: str, every: int | None = None, timer_id: int | None = None) -> int:
        if delay < 1:
            raise ValueError("delay must be at least one tick")
        if timer_id is None:
            self._ids += 1
            timer_id = self._ids
        due = self.tick + delay
        rounds, slot = divmod(due, len(self.slots))
        self.slots[slot].append({"id": timer_id, "due": due, "name": name, "every": every})
        return timer_id

    def cancel(self, timer_id: int) -> bool:
        for bucket in self.slots:
            for t in bucket:
                if t["id"] == timer_id:
                    bucket.remove(t)
                    return True
        return False

    def advance(self) -> list[str]:
        self.tick += 1
        bucket = self.slots[self.tick % len(self.slots)]
        due_now = [t for t in bucket if t["due"] == self.tick]
        bucket[:] = [t for t in bucket if t["due"] != self.tick]
        names = []
        for t in sorted(due_now, key=lambda t: t["id"]):
            names.append(t["name"])
            self.fired.append((self.tick, t["name"]))
            if t["every"]:
                self.schedule(t["every"], t["name"], t["every"], timer_id=t["id"])
        return names

    def pending(self) -> int:
        return sum(len(b) for b in self.slots)


wheel = TimerWheel(slots=8)
wheel.schedule(3, "remind: stand up")
hb = wheel.schedule(5, "heartbeat", every=5)
wheel.schedule(11, "token refresh")        # longer than one wheel rotation
wheel.schedule(19, "daily report")
temp = wheel.schedule(7, "temp file cleanup")
try:
    wheel.schedule(0, "bad")
except ValueError as e:
    print("error:", e)

for _ in range(22):
    if wheel.tick == 6:
        print(f"tick {wheel.tick:>2}: cancel cleanup -> {wheel.cancel(temp)}")
    if wheel.tick == 16:
        print(f"tick {wheel.tick:>2}: cancel heartbeat -> {wheel.cancel(hb)}, again -> {wheel.cancel(hb)}")
    fired = wheel.advance()
    if fired:
        print(f"tick {wheel.tick:>2}: {', '.join(fired)}")

print("fired total:", len(wheel.fired), "| heartbeats:", sum(1 for _, n in wheel.fired if n == "heartbeat"))
print("still pending:", wheel.pending(), "| slot sizes:", [len(b) for b in wheel.slots])
