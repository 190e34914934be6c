# task: build an org chart tree from employee records, print it, and compute team sizes and depths recursively
import json
from dataclasses import dataclass, field
from typing import Optional

EMPLOYEES = json.loads("""[
  {"id": 1, "name": "Grace", "title": "CEO", "manager": null, "salary": 250000},
  {"id": 2, "name": "Alan", "title": "CTO", "manager": 1, "salary": 210000},
  {"id": 3, "name": "Ada", "title": "CFO", "manager": 1, "salary": 200000},
  {"id": 4, "name": "Linus", "title": "Eng Manager", "manager": 2, "salary": 160000},
  {"id": 5, "name": "Barbara", "title": "Staff Engineer", "manager": 4, "salary": 170000},
  {"id": 6, "name": "Ken", "title": "Engineer", "manager": 4, "salary": 120000},
  {"id": 7, "name": "Dennis", "title": "Engineer", "manager": 4, "salary": 125000},
  {"id": 8, "name": "Frances", "title": "Accountant", "manager": 3, "salary": 90000},
  {"id": 9, "name": "Edsger", "title": "Researcher", "manager": 2, "salary": 150000},
  {"id": 10, "name": "Orphan", "title": "Contractor", "manager": 42, "salary": 80000}
]""")


@dataclass
class Node:
    id: int
    name: str
    title: str
    salary: int
    reports: list["Node"] = field(default_factory=list)
    manager: Optional["Node"] = None

    def size(self) -> int:
        return 1 + sum(r.size() for r in self.reports)

    def depth(self) -> int:
        return 1 + max((r.depth() for r in self.reports), default=0)

    def payroll(self) -> int:
        return self.salary + sum(r.payroll() for r in self.reports)

    def chain(self) -> list[str]:
        return ([] if self.manager is None else self.manager.chain()) + [self.name]


nodes = {e["id"]: Node(e["id"], e["name"], e["title"], e["salary"]) for e in EMPLOYEES}
roots, orphans = [], []
for e in EMPLOYEES:
    node = nodes[e["id"]]
    if e["manager"] is None:
        roots.append(node)
    elif e["manager"] in nodes:
        node.manager = nodes[e["manager"]]
        node.manager.reports.append(node)
    else:
        orphans.append((node.name, e["manager"]))


def render(node: Node, prefix: str = "", last: bool = True, top: bool = True):
    connector = "" if top else ("└── " if last else "├── ")
    extra = f" [{node.size() - 1} below]" if node.reports else ""
    print(f"{prefix}{connector}{node.name} ({node.title}){extra}")
    child_prefix = prefix + ("" if top else ("    " if last else "│   "))
    for i, child in enumerate(node.reports):
        render(child, child_prefix, i == len(node.reports) - 1, False)


for root in roots:
    render(root)
    print(f"headcount={root.size()} levels={root.depth()} payroll={root.payroll():,}")
for name, mgr in orphans:
    print(f"warning: {name} reports to unknown manager id {mgr}")

print("chain of command for Ken:", " > ".join(nodes[6].chain()))
managers = sorted((n for n in nodes.values() if n.reports), key=lambda n: -len(n.reports))
print("widest span:", managers[0].name, len(managers[0].reports), "direct reports")
