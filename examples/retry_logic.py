# Retries with exponential backoff around a flaky "tool", the way an agent wraps its tool calls.
#
# Run it:  cargo run --release -- run examples/retry_logic.py
#
# There is no network or clock here: the flaky tool is simulated with a closure and the backoff delays are
# only computed and logged, so the script is deterministic and runs the same under CPython.


def make_flaky_tool(failures_before_success, error_kind):
    """A fake tool that fails a fixed number of times, then answers."""
    calls = 0

    def tool(query):
        nonlocal calls
        calls += 1
        if calls <= failures_before_success:
            if error_kind == "timeout":
                raise TimeoutError(f"upstream timed out (attempt {calls})")
            raise ConnectionError(f"connection reset (attempt {calls})")
        return {"query": query, "answer": query.upper(), "attempts": calls}

    return tool


RETRYABLE = (TimeoutError, ConnectionError)


def call_with_retry(tool, query, *, max_attempts=4, base_delay=0.5, retry_on=RETRYABLE):
    """Calls tool(query), retrying retryable errors with exponential backoff. Returns (result, log)."""
    log = []
    for attempt in range(1, max_attempts + 1):
        try:
            result = tool(query)
        except retry_on as e:
            delay = base_delay * 2 ** (attempt - 1)
            log.append(f"attempt {attempt}: {type(e).__name__}: {e}; backing off {delay:.1f}s")
            last_error = e
        else:
            log.append(f"attempt {attempt}: ok")
            return result, log
        finally:
            log.append(f"  (attempt {attempt} done)")
    raise RuntimeError(f"{query!r} failed after {max_attempts} attempts") from last_error


jobs = [
    ("weather", make_flaky_tool(0, "timeout")),
    ("stock price", make_flaky_tool(2, "timeout")),
    ("news", make_flaky_tool(3, "reset")),
    ("translation", make_flaky_tool(9, "reset")),
]

outcomes = {}
for query, tool in jobs:
    print(f"== {query}")
    try:
        result, log = call_with_retry(tool, query)
    except RuntimeError as e:
        cause = e.__cause__
        print(f"   gave up: {e} (last error: {type(cause).__name__})")
        outcomes[query] = {"ok": False, "error": str(e)}
        continue
    for line in log:
        print("  ", line)
    outcomes[query] = {"ok": True, "answer": result["answer"], "attempts": result["attempts"]}

succeeded = [q for q, o in outcomes.items() if o["ok"]]
print(f"{len(succeeded)}/{len(outcomes)} succeeded: {', '.join(succeeded)}")
outcomes
