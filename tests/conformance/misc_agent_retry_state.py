# area: realistic agent script: retry with exponential backoff against a flaky fake tool, with a state machine log
class TransientError(Exception):
    pass

class FatalError(Exception):
    pass

def make_flaky(script):
    calls = {"n": 0}
    def tool(arg):
        i = calls["n"]
        calls["n"] += 1
        outcome = script[i] if i < len(script) else "ok"
        if outcome == "transient":
            raise TransientError(f"timeout on call {i + 1}")
        if outcome == "fatal":
            raise FatalError(f"bad request {arg!r}")
        return f"result({arg})#{i + 1}"
    return tool, calls

def with_retry(fn, arg, attempts=4, base=0.5):
    delays = []
    state = "START"
    log = [state]
    for attempt in range(1, attempts + 1):
        try:
            value = fn(arg)
            state = "DONE"
            log.append(state)
            return value, delays, log
        except TransientError as e:
            delay = base * 2 ** (attempt - 1)
            delays.append(delay)
            state = "RETRY" if attempt < attempts else "GAVE_UP"
            log.append(f"{state}({e})")
        except FatalError as e:
            log.append("FAILED")
            raise RuntimeError(f"giving up after {attempt} attempt(s)") from e
    return None, delays, log

scenarios = {
    "clean": [],
    "two blips": ["transient", "transient"],
    "always down": ["transient"] * 10,
    "fatal": ["transient", "fatal"],
}
for label, script in scenarios.items():
    tool, calls = make_flaky(script)
    try:
        value, delays, log = with_retry(tool, label)
        print(f"{label:<12} value={value} delays={delays} calls={calls['n']}")
        print("   ", " > ".join(log))
    except RuntimeError as e:
        print(f"{label:<12} {type(e).__name__}: {e}; cause={type(e.__cause__).__name__}: {e.__cause__}")
