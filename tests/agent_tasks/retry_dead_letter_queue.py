# task: process a message queue with per-message retry limits and a dead-letter queue
from collections import deque
from dataclasses import dataclass, field
import json

MESSAGES = [
    '{"id": "m1", "type": "email", "to": "a@x.io"}',
    '{"id": "m2", "type": "sms", "to": "+15550001"}',
    '{"id": "m3", "type": "email"}',
    '{"id": "m4", "type": "push", "to": "device-9"}',
    '{"id": "m5", "type": "fax", "to": "555"}',
    'not json at all',
    '{"id": "m7", "type": "sms", "to": "+15550002"}',
]
MAX_ATTEMPTS = 3
flaky_state = {"sms": 0, "push": 0}


@dataclass
class Envelope:
    raw: str
    attempts: int = 0
    errors: list[str] = field(default_factory=list)


def handle(msg: dict) -> str:
    kind = msg["type"]
    if kind == "sms":
        flaky_state["sms"] += 1
        if flaky_state["sms"] % 2 == 1:
            raise ConnectionError("sms gateway busy")
    elif kind == "push":
        flaky_state["push"] += 1
        raise TimeoutError("push service timeout")
    elif kind not in ("email",):
        raise NotImplementedError(f"no handler for {kind!r}")
    return f"sent {kind} to {msg['to']}"


queue = deque(Envelope(raw) for raw in MESSAGES)
dead_letters, delivered, ticks = [], [], 0
while queue:
    ticks += 1
    env = queue.popleft()
    env.attempts += 1
    try:
        msg = json.loads(env.raw)
        delivered.append((msg["id"], handle(msg), env.attempts))
    except (json.JSONDecodeError, KeyError, NotImplementedError) as e:
        env.errors.append(f"{type(e).__name__}: {e}")
        dead_letters.append((env, "poison"))
    except (ConnectionError, TimeoutError) as e:
        env.errors.append(f"{type(e).__name__}: {e}")
        if env.attempts >= MAX_ATTEMPTS:
            dead_letters.append((env, "exhausted"))
        else:
            queue.append(env)  # requeue at the back

print(f"processed in {ticks} ticks")
for mid, what, attempts in delivered:
    print(f"  OK  {mid}: {what} (attempt {attempts})")
print(f"dead-letter queue ({len(dead_letters)}):")
for env, reason in dead_letters:
    print(f"  DLQ {env.raw[:38]!r:<42} reason={reason} attempts={env.attempts}")
    for err in env.errors:
        print(f"        {err}")
