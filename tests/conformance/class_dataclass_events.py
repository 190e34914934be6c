# area: dataclasses: event records with field defaults, sorting via order=True on a key field, grouping and asdict export
from dataclasses import dataclass, field, asdict
import json

@dataclass(order=True)
class Event:
    ts: int
    kind: str = field(compare=False)
    source: str = field(compare=False, default="api")
    payload: dict = field(compare=False, default_factory=dict)
    tags: list = field(compare=False, default_factory=list, repr=False)

    def with_tag(self, tag):
        self.tags.append(tag)
        return self

events = [
    Event(30, "login", payload={"user": "ann"}),
    Event(10, "deploy", "ci", {"version": "1.4"}).with_tag("prod"),
    Event(20, "error", payload={"code": 500}).with_tag("page"),
    Event(25, "error", "worker", {"code": 503}),
    Event(5, "boot", "system"),
]
for e in sorted(events):
    print(e)
by_kind = {}
for e in events:
    by_kind.setdefault(e.kind, []).append(e.ts)
print(by_kind)
print(json.dumps([asdict(e) for e in sorted(events)[:2]]))
errors = [e for e in events if e.kind == "error"]
print(max(errors).payload, min(events).kind, Event(1, "a") == Event(1, "b"), Event(1, "a") < Event(2, "a"))
print([e.tags for e in events], Event(0, "x").tags is not Event(0, "y").tags)
