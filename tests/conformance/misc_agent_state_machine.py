# area: realistic agent script: order state machine with a transition table, invalid-transition errors and history
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} from state {state!r}")
        self.state, self.event = state, event

TRANSITIONS = {
    ("new", "pay"): "paid",
    ("new", "cancel"): "cancelled",
    ("paid", "ship"): "shipped",
    ("paid", "refund"): "refunded",
    ("shipped", "deliver"): "delivered",
    ("shipped", "lose"): "lost",
    ("lost", "refund"): "refunded",
}
TERMINAL = {"cancelled", "refunded", "delivered"}

class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = "new"
        self.history = [("new", None)]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        self.state = TRANSITIONS[key]
        self.history.append((self.state, event))
        return self
    @property
    def done(self):
        return self.state in TERMINAL

scripts = {
    "A1": ["pay", "ship", "deliver"],
    "A2": ["pay", "ship", "lose", "refund"],
    "A3": ["cancel", "pay"],
    "A4": ["ship"],
    "A5": ["pay"],
}
for oid, events in scripts.items():
    order = Order(oid)
    error = None
    for ev in events:
        try:
            order.fire(ev)
        except InvalidTransition as e:
            error = e
            break
    path = " -> ".join(s for s, _ in order.history)
    status = "done" if order.done else "open"
    print(f"{oid}: {path:<40} [{status}]" + (f" error: {error}" if error else ""))

reachable = {"new"}
frontier = ["new"]
while frontier:
    s = frontier.pop()
    for (src, ev), dst in TRANSITIONS.items():
        if src == s and dst not in reachable:
            reachable.add(dst)
            frontier.append(dst)
print("reachable:", sorted(reachable))
print("events by state:", {s: sorted(e for (src, e) in TRANSITIONS if src == s) for s in sorted({k[0] for k in TRANSITIONS})})
