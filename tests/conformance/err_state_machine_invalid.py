# area: err: an invalid state transition raises a custom exception carrying both states
class TransitionError(Exception):
    def __init__(self, src, dst):
        super().__init__(f"illegal transition {src} -> {dst}")

ALLOWED = {"idle": {"running"}, "running": {"paused", "done"}, "paused": {"running"}, "done": set()}
state = "idle"
for nxt in ["running", "paused", "running", "done", "running"]:
    if nxt not in ALLOWED[state]:
        raise TransitionError(state, nxt)
    print(f"{state} -> {nxt}")
    state = nxt
