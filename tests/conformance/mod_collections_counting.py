# area: collections: Counter arithmetic-free ops, most_common, update/subtract, defaultdict(list/int/set), OrderedDict
from collections import Counter, defaultdict, OrderedDict

inventory = Counter({"apple": 3, "pear": 1})
inventory.update(["apple", "kiwi", "kiwi"])
inventory.update({"pear": 4})
print(inventory, inventory["missing"], inventory.total())
inventory.subtract({"apple": 10})
print(inventory.most_common(2), sorted(inventory.elements()))
print({k: v for k, v in inventory.items() if v > 0})

letters = Counter("mississippi")
print(letters.most_common(), list(letters), letters["s"])

graph = defaultdict(list)
for a, b in [("x", "y"), ("x", "z"), ("y", "z"), ("w", "x")]:
    graph[a].append(b)
    graph[b]
print(dict(graph), graph.default_factory is list)

hits = defaultdict(int)
for page in "home cart home blog home cart".split():
    hits[page] += 1
print(sorted(hits.items(), key=lambda kv: -kv[1]))

groups = defaultdict(set)
for word in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    groups["".join(sorted(word))].add(word)
print({k: sorted(v) for k, v in groups.items()})

od = OrderedDict()
for k in ["b", "a", "c"]:
    od[k] = len(od)
od["a"] = 99
print(od, list(od.keys()), od.popitem())
print(OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, isinstance(od, dict))
nested = defaultdict(lambda: defaultdict(int))
for user, action in [("ann", "view"), ("ann", "buy"), ("bob", "view"), ("ann", "view")]:
    nested[user][action] += 1
print({u: dict(a) for u, a in nested.items()})
