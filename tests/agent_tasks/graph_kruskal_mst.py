# task: plan the cheapest fibre network connecting offices with Kruskal's minimum spanning tree
from typing import NamedTuple


class Link(NamedTuple):
    cost: int
    a: str
    b: str


LINKS = [
    Link(4, "Lisbon", "Porto"), Link(8, "Lisbon", "Madrid"), Link(11, "Porto", "Madrid"),
    Link(7, "Madrid", "Barcelona"), Link(2, "Barcelona", "Valencia"), Link(6, "Madrid", "Valencia"),
    Link(9, "Barcelona", "Toulouse"), Link(14, "Madrid", "Toulouse"), Link(10, "Toulouse", "Lyon"),
    Link(1, "Lyon", "Geneva"), Link(5, "Toulouse", "Geneva"), Link(3, "Faro", "Lisbon"),
    Link(12, "Reykjavik", "Oslo"),
]


def kruskal(links):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    chosen, rejected = [], []
    for link in sorted(links):
        ra, rb = find(link.a), find(link.b)
        if ra == rb:
            rejected.append(link)
        else:
            parent[ra] = rb
            chosen.append(link)
    components = {}
    for node in list(parent):
        components.setdefault(find(node), []).append(node)
    return chosen, rejected, sorted(sorted(c) for c in components.values())


tree, skipped, comps = kruskal(LINKS)
print("selected links:")
for link in tree:
    print(f"  {link.a:>10} -- {link.b:<10} {link.cost:>3}")
print(f"total cost: {sum(l.cost for l in tree)} for {len(tree)} links")
print("skipped (would form a cycle):", ", ".join(f"{l.a}-{l.b}({l.cost})" for l in skipped))
if len(comps) > 1:
    print(f"warning: network is split into {len(comps)} parts:")
    for c in comps:
        print("   ", ", ".join(c))

degree = {}
for l in tree:
    for city in (l.a, l.b):
        degree[city] = degree.get(city, 0) + 1
hubs = sorted((c for c, d in degree.items() if d >= 3))
print("hub offices (3+ links):", hubs)
print("savings vs all links:", sum(l.cost for l in LINKS) - sum(l.cost for l in tree))
