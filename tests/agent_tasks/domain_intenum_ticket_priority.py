# task: route incidents by IntEnum priority and compute paging thresholds
from enum import IntEnum
from collections import Counter


class Priority(IntEnum):
    P4 = 1
    P3 = 2
    P2 = 3
    P1 = 4

    @property
    def pages_oncall(self) -> bool:
        return self >= Priority.P2

    @classmethod
    def from_label(cls, label: str) -> "Priority":
        try:
            return cls[label.upper()]
        except KeyError:
            raise ValueError(f"bad priority label {label!r}") from None


incidents = [
    ("db replica lag", "p2"), ("disk 91%", "p3"), ("checkout down", "P1"),
    ("typo on docs", "p4"), ("cert expires in 5d", "p3"), ("api 5xx spike", "p1"), ("weird", "p0"),
]
parsed = []
for title, label in incidents:
    try:
        parsed.append((Priority.from_label(label), title))
    except ValueError as e:
        print("skip:", e)

parsed.sort(key=lambda pt: (-pt[0], pt[1]))
for prio, title in parsed:
    action = "PAGE" if prio.pages_oncall else "queue"
    print(f"{prio.name} (value {prio.value}, int {int(prio)}) {action:<5} {title}")

counts = Counter(p for p, _ in parsed)
print("counts:", {p.name: n for p, n in sorted(counts.items())})
print("P1 > P3:", Priority.P1 > Priority.P3, "| P2 == 3:", Priority.P2 == 3, "| P2 + 1 =", Priority.P2 + 1)
print("max:", max(p for p, _ in parsed).name, "| from value 2:", Priority(2).name)
print("members:", [m.name for m in Priority], "| len:", len(Priority))
print("escalate P3 ->", Priority(min(Priority.P3 + 1, max(Priority))).name)
print(f"formatted: {Priority.P1} / {Priority.P1!r} / {Priority.P1:>4}")
try:
    Priority(9)
except ValueError as e:
    print("error:", e)
