# task: sort support tickets with an ordered dataclass using a computed sort key
from dataclasses import dataclass, field
import json

SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}

TOOL_RESULT = json.dumps({
    "tickets": [
        {"id": 501, "title": "Login page 500", "severity": "critical", "age_hours": 2},
        {"id": 502, "title": "Typo in footer", "severity": "low", "age_hours": 50},
        {"id": 503, "title": "Slow search", "severity": "medium", "age_hours": 30},
        {"id": 504, "title": "Payment timeout", "severity": "critical", "age_hours": 5},
        {"id": 505, "title": "Broken avatar", "severity": "low", "age_hours": 1},
        {"id": 506, "title": "Export fails", "severity": "high", "age_hours": 12},
        {"id": 507, "title": "Dark mode glitch", "severity": "medium", "age_hours": 30},
    ]
})


@dataclass(order=True)
class Ticket:
    sort_index: tuple = field(init=False, repr=False)
    id: int = field(compare=False)
    title: str = field(compare=False)
    severity: str = field(compare=False)
    age_hours: int = field(compare=False)
    labels: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        if self.severity not in SEVERITY_RANK:
            raise ValueError(f"unknown severity {self.severity!r}")
        # most severe first, then oldest first, then lowest id
        self.sort_index = (SEVERITY_RANK[self.severity], -self.age_hours, self.id)
        if self.age_hours > 24:
            self.labels.append("stale")


tickets = [Ticket(**t) for t in json.loads(TOOL_RESULT)["tickets"]]
queue = sorted(tickets)
print("Triage queue:")
for pos, t in enumerate(queue, 1):
    flag = f" [{', '.join(t.labels)}]" if t.labels else ""
    print(f"{pos}. #{t.id} {t.severity.upper():<8} {t.age_hours:>3}h {t.title}{flag}")

print()
print("first:", queue[0])
print("503 < 507:", tickets[2] < tickets[6], "| 505 > 502:", tickets[4] > tickets[1])
try:
    Ticket(id=1, title="x", severity="urgent", age_hours=0)
except ValueError as e:
    print("rejected:", e)
