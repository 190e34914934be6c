# misc: retry loop with try/except, attempt counting and backoff bookkeeping
schedule = {"fetch": [ValueError("timeout"), KeyError("token"), "payload-1"], "save": ["ok"], "parse": [IndexError("bad index")] * 5}
def call(task, attempt):
    outcome = schedule[task][min(attempt, len(schedule[task]) - 1)]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome
def with_retry(task, max_attempts=3):
    delay = 1
    log = []
    for attempt in range(max_attempts):
        try:
            result = call(task, attempt)
        except (ValueError, KeyError) as e:
            log.append(f"attempt {attempt + 1} failed: {type(e).__name__}({e}) retry in {delay}s")
            delay *= 2
        except Exception as e:
            log.append(f"fatal {type(e).__name__}: {e}")
            return None, log
        else:
            log.append(f"attempt {attempt + 1} ok")
            return result, log
    log.append("gave up")
    return None, log
for task in ["fetch", "save", "parse"]:
    result, log = with_retry(task)
    print(task, "=>", result)
    for entry in log:
        print("   ", entry)
result, log = with_retry("fetch", max_attempts=2)
print(result, log[-1])
