# task: run an expense approval workflow whose transitions are written as match statements on events
from dataclasses import dataclass, field


@dataclass
class Expense:
    id: str
    amount: float
    submitter: str
    state: str = "draft"
    approvals: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def needs_two(self) -> bool:
        return self.amount >= 1000


def handle(exp: Expense, event: dict) -> None:
    match (exp.state, event):
        case ("draft", {"type": "submit"}):
            exp.state = "pending"
        case ("pending", {"type": "approve", "by": who}) if who == exp.submitter:
            exp.notes.append(f"self-approval by {who} ignored")
        case ("pending", {"type": "approve", "by": who}) if who in exp.approvals:
            exp.notes.append(f"duplicate approval by {who}")
        case ("pending", {"type": "approve", "by": who}):
            exp.approvals.append(who)
            if not exp.needs_two or len(exp.approvals) >= 2:
                exp.state = "approved"
        case ("pending", {"type": "reject", "by": who, "reason": reason}):
            exp.state = "rejected"
            exp.notes.append(f"rejected by {who}: {reason}")
        case ("rejected", {"type": "revise", "amount": float(amount) | int(amount)}):
            exp.amount = float(amount)
            exp.approvals.clear()
            exp.state = "draft"
        case ("approved", {"type": "pay"}):
            exp.state = "paid"
        case (state, {"type": kind}):
            exp.notes.append(f"ignored '{kind}' while {state}")
        case _:
            exp.notes.append(f"malformed event {event!r}")


expenses = {e.id: e for e in [Expense("E1", 240.0, "ana"), Expense("E2", 4200.0, "bo"), Expense("E3", 80.0, "cy")]}
EVENTS = [
    ("E1", {"type": "submit"}), ("E2", {"type": "submit"}), ("E1", {"type": "approve", "by": "ana"}),
    ("E1", {"type": "approve", "by": "dee"}), ("E2", {"type": "approve", "by": "dee"}),
    ("E2", {"type": "approve", "by": "dee"}), ("E3", {"type": "pay"}), ("E3", {"type": "submit"}),
    ("E3", {"type": "reject", "by": "dee", "reason": "no receipt"}), ("E3", {"type": "revise", "amount": 75}),
    ("E3", {"type": "submit"}), ("E3", {"type": "approve", "by": "eli"}), ("E2", {"type": "approve", "by": "eli"}),
    ("E1", {"type": "pay"}), ("E2", {"kind": "oops"}), ("E2", {"type": "pay"}),
]
for eid, event in EVENTS:
    before = expenses[eid].state
    handle(expenses[eid], event)
    after = expenses[eid].state
    arrow = f"{before} -> {after}" if before != after else f"{before} (unchanged)"
    print(f"{eid} {event.get('type', '?'):<8} {arrow}")

print()
for e in expenses.values():
    print(f"{e.id}: {e.state:<8} ${e.amount:>8.2f} approvals={e.approvals}")
    for n in e.notes:
        print(f"      note: {n}")
