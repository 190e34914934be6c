# task: poll an async export job until it completes, fails or the poll budget runs out
import json
from enum import Enum


class JobState(str, Enum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"

    @property
    def terminal(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.FAILED)


TIMELINES = {
    "exp-1": ["pending", "running", "running", "succeeded"],
    "exp-2": ["pending", "pending", "running", "failed"],
    "exp-3": ["pending"] + ["running"] * 20,
    "exp-4": ["pending", "ERROR", "running", "succeeded"],
}
poll_counts: dict[str, int] = {}


def get_status(job_id: str) -> str:
    n = poll_counts.get(job_id, 0)
    poll_counts[job_id] = n + 1
    timeline = TIMELINES[job_id]
    raw = timeline[min(n, len(timeline) - 1)]
    if raw == "ERROR":
        raise ConnectionError("status endpoint 502")
    body = {"id": job_id, "state": raw, "progress": min(100, n * 25)}
    if raw == "failed":
        body["error"] = "disk quota exceeded"
    return json.dumps(body)


def wait_for(job_id: str, max_polls=8, interval=2.0, growth=1.5, max_interval=10.0):
    waited, transitions, last = 0.0, [], None
    for poll in range(1, max_polls + 1):
        try:
            body = json.loads(get_status(job_id))
        except ConnectionError as e:
            transitions.append(f"poll {poll}: {e}")
        else:
            state = JobState(body["state"])
            if state != last:
                transitions.append(f"poll {poll}: {state.value} ({body['progress']}%)")
                last = state
            if state.terminal:
                return state, body.get("error"), waited, transitions
        waited += interval
        interval = min(max_interval, interval * growth)
    return None, "poll budget exhausted", waited, transitions


for job in TIMELINES:
    state, error, waited, transitions = wait_for(job)
    label = state.name if state else "TIMEOUT"
    print(f"{job}: {label} after {poll_counts[job]} polls, {waited:.2f}s simulated wait" + (f" - {error}" if error else ""))
    for t in transitions:
        print(f"    {t}")
