# task: roll up a hierarchical department budget tree (cents) computing totals, spend, variance and flags per node
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    budget_cents: int = 0
    spent_cents: int = 0
    children: list["Node"] = field(default_factory=list)

    def total_budget(self) -> int:
        return self.budget_cents + sum(c.total_budget() for c in self.children)

    def total_spent(self) -> int:
        return self.spent_cents + sum(c.total_spent() for c in self.children)

    def walk(self, depth: int = 0):
        yield depth, self
        for child in sorted(self.children, key=lambda c: c.name):
            yield from child.walk(depth + 1)


def build(spec: dict, name: str = "Company") -> Node:
    node = Node(name, spec.get("budget", 0), spec.get("spent", 0))
    node.children = [build(sub, sub_name) for sub_name, sub in spec.get("children", {}).items()]
    return node


TREE = {
    "children": {
        "Engineering": {"children": {
            "Platform": {"budget": 42_000_00, "spent": 39_512_75},
            "Mobile": {"budget": 28_500_00, "spent": 31_020_10},
            "QA": {"budget": 9_000_00, "spent": 4_100_00},
        }},
        "Marketing": {"budget": 5_000_00, "spent": 4_990_00, "children": {
            "Events": {"budget": 15_000_00, "spent": 18_250_00},
            "Content": {"budget": 7_250_00, "spent": 6_000_50},
        }},
        "Ops": {"budget": 12_345_67, "spent": 11_000_00},
    }
}


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


root = build(TREE)
print(f"{'node':<18}{'budget':>13}{'spent':>13}{'variance':>13}{'used':>7}")
for depth, node in root.walk():
    budget, spent = node.total_budget(), node.total_spent()
    variance = budget - spent
    used = spent / budget if budget else 0
    flag = " OVER" if variance < 0 else (" watch" if used > 0.95 else "")
    label = "  " * depth + node.name
    print(f"{label:<18}{money(budget):>13}{money(spent):>13}{money(variance):>13}{used:>7.1%}{flag}")

leaves = [n for _, n in root.walk() if not n.children]
worst = min(leaves, key=lambda n: n.total_budget() - n.total_spent())
print(f"\nworst overspend: {worst.name} by {money(worst.total_spent() - worst.total_budget())}")
print(f"unallocated headroom: {money(sum(max(0, n.total_budget() - n.total_spent()) for n in leaves))}")
