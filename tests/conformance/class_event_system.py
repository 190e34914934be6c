# area: classes: observer/event-bus with subscribe/unsubscribe, handler priorities, bound methods as callbacks
class EventBus:
    def __init__(self):
        self._subs = {}
        self._seq = 0
    def subscribe(self, event, handler, priority=0):
        self._seq += 1
        self._subs.setdefault(event, []).append((-priority, self._seq, handler))
        self._subs[event].sort(key=lambda t: (t[0], t[1]))
        return (event, self._seq)
    def unsubscribe(self, token):
        event, seq = token
        self._subs[event] = [t for t in self._subs[event] if t[1] != seq]
    def publish(self, event, **payload):
        results = []
        for _, _, handler in self._subs.get(event, []):
            try:
                results.append(handler(**payload))
            except Exception as e:
                results.append(f"handler error: {type(e).__name__}: {e}")
        return results

class Audit:
    def __init__(self):
        self.lines = []
    def record(self, **payload):
        self.lines.append(sorted(payload.items()))
        return "audited"

class Mailer:
    def __init__(self, sender):
        self.sender = sender
        self.outbox = []
    def on_signup(self, user, **_):
        self.outbox.append(f"{self.sender} -> {user}: welcome!")
        return "mailed"

bus = EventBus()
audit = Audit()
mailer = Mailer("noreply@x.io")
bus.subscribe("signup", audit.record, priority=10)
t_mail = bus.subscribe("signup", mailer.on_signup)
bus.subscribe("signup", lambda user, **kw: f"metrics+1 for {user}", priority=5)
bus.subscribe("signup", lambda **kw: kw["missing"], priority=-1)
print(bus.publish("signup", user="ann", plan="pro"))
bus.unsubscribe(t_mail)
print(bus.publish("signup", user="bob"))
print(bus.publish("unknown", x=1))
print(audit.lines)
print(mailer.outbox)
print(len(bus._subs["signup"]), callable(audit.record), callable(audit))
