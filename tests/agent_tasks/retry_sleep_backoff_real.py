# task: retry a flaky tool using real (tiny) time.sleep backoff without printing wall-clock values
import time
import functools


def with_backoff(attempts=4, base=0.001, factor=3):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            planned = []
            for attempt in range(attempts):
                try:
                    value = fn(*args, **kwargs)
                    return value, planned
                except (ConnectionError, TimeoutError) as e:
                    if attempt == attempts - 1:
                        raise
                    delay = base * factor ** attempt
                    planned.append(round(delay, 4))
                    time.sleep(delay)
        return wrapper
    return decorate


class Tool:
    def __init__(self, name, outcomes):
        self.name = name
        self.outcomes = list(outcomes)
        self.log = []

    def __call__(self, query):
        outcome = self.outcomes.pop(0) if self.outcomes else "ok"
        self.log.append(outcome)
        if outcome == "timeout":
            raise TimeoutError(f"{self.name} timed out")
        if outcome == "reset":
            raise ConnectionError(f"{self.name} connection reset")
        return f"{self.name}({query}) -> 3 hits"


tools = [
    Tool("wiki", ["ok"]),
    Tool("arxiv", ["timeout", "reset", "ok"]),
    Tool("github", ["timeout"] * 6),
]
start = time.monotonic()
slept = 0.0
for tool in tools:
    call = with_backoff()(tool)
    try:
        value, planned = call("retry patterns")
        slept += sum(planned)
        print(f"{tool.name:<7} {value} | backoff plan {planned}")
    except (ConnectionError, TimeoutError) as e:
        print(f"{tool.name:<7} failed: {type(e).__name__}: {e}")
    print(f"        attempts: {tool.log}")
elapsed = time.monotonic() - start
print("elapsed is non-negative:", elapsed >= 0)
print("planned sleep on successful calls (s):", round(slept, 4))
