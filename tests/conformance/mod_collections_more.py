# mod: Counter arithmetic, ChainMap, OrderedDict.move_to_end, operator extras, total_ordering, Random
from collections import ChainMap, Counter, OrderedDict
import functools
import operator
import random
import statistics

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c = Counter("hello")
c += Counter("world")
print(c)
defaults = {"theme": "dark", "lang": "en"}
user = {"lang": "fr"}
cm = ChainMap(user, defaults)
print(cm["lang"], cm["theme"], len(cm), sorted(cm), dict(cm), "theme" in cm)
child = cm.new_child({"lang": "de"})
print(child["lang"], child.parents["lang"])
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(last=False), od)
print(operator.pow(2, 10), operator.and_(6, 3), operator.methodcaller("upper")("x"), operator.countOf([1, 2, 1], 1))
print(operator.is_(None, None), operator.truth([]), operator.index(7), operator.concat([1], [2]))


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return "Version%r" % (self.key,)


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1, 0) >= Version(0, 9), Version(1, 0) <= Version(0, 9), max(vs))
rng = random.Random(42)
print(rng.randint(1, 100), rng.random(), rng.choice("abc"), random.Random(7).sample(range(10), 3))
rng2 = random.Random(42)
print(rng2.randint(1, 100))
random.seed(1)
print(random.expovariate(2.0), random.triangular(0, 10, 3), random.betavariate(2, 3))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(statistics.correlation(x, y), statistics.covariance(x, y), statistics.linear_regression(x, y))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]))
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")), "Stra\u00dfe".casefold())
