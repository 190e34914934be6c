# task: protect a failing payment service with a circuit breaker driven by a simulated clock
from enum import Enum


class State(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpenError(Exception):
    pass


class Clock:
    def __init__(self):
        self.now = 0.0

    def advance(self, seconds: float) -> None:
        self.now += seconds


class CircuitBreaker:
    def __init__(self, clock: Clock, failure_threshold=3, reset_timeout=10.0):
        self.clock = clock
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.state = State.CLOSED
        self.failures = 0
        self.opened_at = None
        self.transitions: list[str] = []

    def _move(self, new: State) -> None:
        self.transitions.append(f"t={self.clock.now:>4.0f} {self.state.value} -> {new.value}")
        self.state = new

    def call(self, func, *args):
        if self.state is State.OPEN:
            if self.clock.now - self.opened_at >= self.reset_timeout:
                self._move(State.HALF_OPEN)
            else:
                raise CircuitOpenError(f"circuit open, retry in {self.reset_timeout - (self.clock.now - self.opened_at):.0f}s")
        try:
            result = func(*args)
        except Exception:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.failure_threshold:
                self.opened_at = self.clock.now
                self._move(State.OPEN)
            raise
        if self.state is State.HALF_OPEN:
            self._move(State.CLOSED)
        self.failures = 0
        return result


clock = Clock()
healthy_after = 25  # the service recovers at t=25


def charge(amount: int) -> str:
    if clock.now < healthy_after:
        raise ConnectionError("payment gateway unreachable")
    return f"charged {amount}"


breaker = CircuitBreaker(clock)
outcomes = {"ok": 0, "failed": 0, "short-circuited": 0}
for i in range(14):
    try:
        print(f"t={clock.now:>4.0f} #{i:<2} {breaker.call(charge, 10 + i)}")
        outcomes["ok"] += 1
    except CircuitOpenError as e:
        print(f"t={clock.now:>4.0f} #{i:<2} skipped: {e}")
        outcomes["short-circuited"] += 1
    except ConnectionError as e:
        print(f"t={clock.now:>4.0f} #{i:<2} failed: {e} (failures={breaker.failures})")
        outcomes["failed"] += 1
    clock.advance(3)

print("transitions:")
for t in breaker.transitions:
    print("  " + t)
print("outcomes:", outcomes, "| final state:", breaker.state.name)
