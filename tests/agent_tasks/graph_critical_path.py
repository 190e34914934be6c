# task: compute earliest/latest start times, slack and the critical path of a project plan (CPM)
from dataclasses import dataclass, field


@dataclass
class Activity:
    name: str
    days: int
    after: list = field(default_factory=list)
    es: int = 0
    ef: int = 0
    ls: int = 0
    lf: int = 0

    @property
    def slack(self) -> int:
        return self.ls - self.es


PLAN = [
    Activity("requirements", 3),
    Activity("design", 5, ["requirements"]),
    Activity("backend", 10, ["design"]),
    Activity("frontend", 7, ["design"]),
    Activity("infra", 4, ["requirements"]),
    Activity("integration", 3, ["backend", "frontend", "infra"]),
    Activity("docs", 2, ["design"]),
    Activity("qa", 4, ["integration"]),
    Activity("launch", 1, ["qa", "docs"]),
]

acts = {a.name: a for a in PLAN}
order = []
seen = set()


def visit(name):
    if name in seen:
        return
    seen.add(name)
    for dep in acts[name].after:
        visit(dep)
    order.append(name)


for a in PLAN:
    visit(a.name)

for name in order:  # forward pass
    a = acts[name]
    a.es = max((acts[d].ef for d in a.after), default=0)
    a.ef = a.es + a.days

project_end = max(a.ef for a in PLAN)
successors = {n: [a.name for a in PLAN if n in a.after] for n in acts}
for name in reversed(order):  # backward pass
    a = acts[name]
    a.lf = min((acts[s].ls for s in successors[name]), default=project_end)
    a.ls = a.lf - a.days

print(f"{'activity':<13}{'dur':>4}{'ES':>4}{'EF':>4}{'LS':>4}{'LF':>4}{'slack':>6}")
for name in order:
    a = acts[name]
    mark = " *" if a.slack == 0 else ""
    print(f"{a.name:<13}{a.days:>4}{a.es:>4}{a.ef:>4}{a.ls:>4}{a.lf:>4}{a.slack:>6}{mark}")

critical = [n for n in order if acts[n].slack == 0]
print(f"project duration: {project_end} days")
print("critical path:", " -> ".join(critical))
print("most slack:", max(PLAN, key=lambda a: (a.slack, a.name)).name)
acts["frontend"].days += 4
print("if frontend slips by 4 days, slack before slip was", acts["frontend"].slack,
      "-> project delayed" if 4 > acts["frontend"].slack else "-> absorbed")
