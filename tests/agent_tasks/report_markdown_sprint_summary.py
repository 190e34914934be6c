# task: generate a Markdown sprint report from issue-tracker data: status table, points burned, blockers
from dataclasses import dataclass
from enum import Enum
from collections import Counter


class Status(Enum):
    TODO = "To do"
    IN_PROGRESS = "In progress"
    REVIEW = "In review"
    DONE = "Done"


@dataclass
class Issue:
    key: str
    title: str
    assignee: str
    points: int
    status: Status
    blocked_by: str | None = None


ISSUES = [
    Issue("APP-101", "Login page redesign", "maria", 5, Status.DONE),
    Issue("APP-102", "OAuth callback bug", "li", 3, Status.DONE),
    Issue("APP-103", "Export to CSV", "maria", 8, Status.REVIEW),
    Issue("APP-104", "Rate limiting", "omar", 5, Status.IN_PROGRESS, blocked_by="INFRA-7"),
    Issue("APP-105", "Dark mode", "li", 2, Status.TODO),
    Issue("APP-106", "Audit log", "omar", 8, Status.DONE),
    Issue("APP-107", "Search filters", "sana", 5, Status.IN_PROGRESS),
]

committed = sum(i.points for i in ISSUES)
done = sum(i.points for i in ISSUES if i.status is Status.DONE)
lines = ["# Sprint 14 report", "", f"**Completed:** {done}/{committed} points ({done / committed:.0%})", ""]
lines += ["| Status | Issues | Points |", "|---|---:|---:|"]
counts = Counter(i.status for i in ISSUES)
for status in Status:
    pts = sum(i.points for i in ISSUES if i.status is status)
    lines.append(f"| {status.value} | {counts[status]} | {pts} |")

lines += ["", "## By assignee", ""]
for person in sorted({i.assignee for i in ISSUES}):
    mine = [i for i in ISSUES if i.assignee == person]
    finished = sum(i.points for i in mine if i.status is Status.DONE)
    keys = ", ".join(f"`{i.key}`" for i in mine)
    lines.append(f"- **{person}**: {finished}/{sum(i.points for i in mine)} pts done ({keys})")

blocked = [i for i in ISSUES if i.blocked_by]
lines += ["", "## Blockers", ""]
lines += [f"- {i.key} *{i.title}* blocked by {i.blocked_by}" for i in blocked] or ["- none"]
carry = [i.key for i in ISSUES if i.status is not Status.DONE]
lines += ["", f"Carry-over to next sprint: {', '.join(carry)}"]
print("\n".join(lines))
