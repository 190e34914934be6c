# area: builtin: sorted/min/max with key functions, multi-key sorts, reverse with stability, operator.itemgetter/attrgetter
from operator import itemgetter, attrgetter

people = [
    {"name": "ann", "age": 31, "dept": "eng", "salary": 120},
    {"name": "bob", "age": 25, "dept": "ops", "salary": 90},
    {"name": "cyd", "age": 31, "dept": "eng", "salary": 135},
    {"name": "dee", "age": 42, "dept": "ops", "salary": 90},
    {"name": "eve", "age": 25, "dept": "eng", "salary": 101},
]
print([p["name"] for p in sorted(people, key=itemgetter("age"))])
print([p["name"] for p in sorted(people, key=itemgetter("dept", "age"))])
print([p["name"] for p in sorted(people, key=lambda p: (-p["salary"], p["name"]))])
print([p["name"] for p in sorted(people, key=itemgetter("age"), reverse=True)])
print(max(people, key=itemgetter("salary"))["name"], min(people, key=lambda p: (p["age"], -p["salary"]))["name"])
by_dept = sorted(people, key=itemgetter("salary"), reverse=True)
by_dept.sort(key=itemgetter("dept"))
print([(p["dept"], p["name"]) for p in by_dept])

class Emp:
    def __init__(self, d):
        self.name, self.age, self.dept = d["name"], d["age"], d["dept"]
        self.boss = None
emps = [Emp(p) for p in people]
for e in emps:
    e.boss = emps[0]
print([e.name for e in sorted(emps, key=attrgetter("dept", "name"), reverse=True)])
print(attrgetter("boss.name")(emps[3]), itemgetter(1, 0)(["x", "y"]), itemgetter(slice(1, 3))("abcd"))
words = ["delta", "Alpha", "charlie", "bravo", "Echo", "alpha"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(sorted([3, -1, -4, 2], key=abs), max([3, -1, -4, 2], key=abs), min("bca", key=ord))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)))
print(max([], default=None), max([[1, 2], [3], [0, 0, 0]], key=len), sorted([[2, 1], [1, 9], [1, 2]]))
