# area: collections: Counter, defaultdict, OrderedDict as dicts
from collections import defaultdict, Counter, OrderedDict
import collections
import json

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["zebra"], len(c), c.total())
c.update(["cat", "cat"])
c.update({"dog": 3})
c.subtract(["the"])
print(c, sorted(c.elements())[:5])
print(isinstance(c, dict), isinstance(c, Counter), type(c).__name__, json.dumps(c, sort_keys=True))
print(Counter("mississippi").most_common(), Counter(), Counter(a=2, b=1))

groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups, dict(groups), groups.default_factory)
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts, counts["nope"], len(counts), "nope" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print(json.dumps(nested), isinstance(nested, dict))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict()
od["z"] = 1
od["a"] = 2
print(od, list(od), OrderedDict(), collections.OrderedDict([("k", 1)]))
c2 = c.copy()
print(type(c2).__name__, c2 == c, c.get("cat"), sorted(c.keys()))
