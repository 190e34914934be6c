# task: run a batch of tool calls with retries and aggregate failures into an error report
from collections import Counter, defaultdict
import json


class ToolError(Exception):
    retryable = False


class RateLimited(ToolError):
    retryable = True


class Unavailable(ToolError):
    retryable = True


class BadRequest(ToolError):
    pass


SCRIPTS = {  # what each tool call does on successive attempts
    "geo:paris": ["ok"],
    "geo:rome": [RateLimited("429 slow down"), "ok"],
    "geo:xyz": [BadRequest("unknown place 'xyz'")],
    "news:ai": [Unavailable("502 bad gateway"), Unavailable("502 bad gateway"), Unavailable("503")],
    "news:rust": [RateLimited("429"), Unavailable("504 timeout"), "ok"],
    "fx:EURUSD": [KeyError("rates")],
}
attempt_counter = Counter()


def call_tool(name: str) -> dict:
    step = SCRIPTS[name][min(attempt_counter[name], len(SCRIPTS[name]) - 1)]
    attempt_counter[name] += 1
    if isinstance(step, Exception):
        raise step
    return {"tool": name, "data": name.split(":")[1].upper()}


results, failures = {}, defaultdict(list)
for name in SCRIPTS:
    for attempt in range(1, 4):
        try:
            results[name] = call_tool(name)
            break
        except ToolError as e:
            failures[name].append((attempt, type(e).__name__, str(e)))
            if not e.retryable:
                break
        except Exception as e:
            failures[name].append((attempt, "Unexpected" + type(e).__name__, repr(e)))
            break

print(f"succeeded: {len(results)}/{len(SCRIPTS)} -> {sorted(results)}")
print("\nerror log:")
for name, errs in failures.items():
    final = "recovered" if name in results else "FAILED"
    print(f"  {name:<10} {final}")
    for attempt, kind, msg in errs:
        print(f"      #{attempt} {kind}: {msg}")

by_type = Counter(kind for errs in failures.values() for _, kind, _ in errs)
by_tool = Counter(name.split(":")[0] for name in failures if name not in results)
summary = {
    "errors_by_type": dict(by_type.most_common()),
    "failed_calls_by_tool": dict(sorted(by_tool.items())),
    "total_attempts": sum(attempt_counter.values()),
    "wasted_attempts": sum(len(e) for e in failures.values()),
}
print(json.dumps(summary, indent=2))
