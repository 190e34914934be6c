# task: retry tool calls within an overall time budget using a simulated clock
class FakeClock:
    def __init__(self):
        self.t = 0.0

    def sleep(self, seconds: float) -> None:
        self.t += seconds

    def monotonic(self) -> float:
        return self.t


class DeadlineExceeded(Exception):
    pass


class SlowTool:
    """Each call costs `latency` seconds; fails until `succeed_on` call."""

    def __init__(self, clock, latency, succeed_on):
        self.clock, self.latency, self.succeed_on = clock, latency, succeed_on
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.clock.sleep(self.latency)
        if self.calls < self.succeed_on:
            raise TimeoutError(f"call {self.calls} timed out after {self.latency}s")
        return f"result after {self.calls} calls"


def call_with_budget(tool, clock, budget: float, base_delay=0.5):
    deadline = clock.monotonic() + budget
    attempt = 0
    while True:
        attempt += 1
        try:
            return tool()
        except TimeoutError as e:
            delay = base_delay * 2 ** (attempt - 1)
            remaining = deadline - clock.monotonic()
            print(f"    t={clock.monotonic():5.2f} {e}; remaining {remaining:.2f}s")
            if remaining <= delay + tool.latency:
                raise DeadlineExceeded(f"budget {budget}s exhausted after {attempt} attempts") from e
            clock.sleep(delay)


scenarios = [("fast tool", 0.2, 3, 5.0), ("slow tool", 1.5, 4, 6.0), ("hopeless", 0.5, 99, 8.0), ("first try", 2.0, 1, 1.0)]
summary = []
for label, latency, succeed_on, budget in scenarios:
    clock = FakeClock()
    tool = SlowTool(clock, latency, succeed_on)
    print(f"{label}: latency={latency}s budget={budget}s")
    try:
        out = call_with_budget(tool, clock, budget)
        status = "ok"
        print(f"    -> {out} at t={clock.monotonic():.2f}")
    except DeadlineExceeded as e:
        status = "deadline"
        print(f"    -> {e} (t={clock.monotonic():.2f}, cause: {e.__cause__})")
    summary.append((label, status, tool.calls, round(clock.monotonic(), 2)))
print("\nsummary:")
for row in summary:
    print("  {:<10} {:<8} calls={} elapsed={}".format(*row))
