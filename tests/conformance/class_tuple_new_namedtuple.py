# namedtuple classes are tuple subclasses, and builtin T.__new__(cls, ...) builds subclass instances.
import json
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), p + (3,), p * 2, p[::-1])
print(json.dumps(p), json.dumps({"pts": [Point(3, 4), Point(5, 6)]}), list(p), tuple(p), str(p))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(p._asdict(), p._replace(y=7), Point._make([8, 9]), Point._fields, len(p), 2 in p, p.count(1), p.index(2))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)
x, y = p
print(x, y, "%s-%s" % p, "{}/{}".format(*p))


class Employee(NamedTuple):
    name: str
    dept: str = "ops"


e = Employee("ann")
print(e, isinstance(e, tuple), e == ("ann", "ops"), json.dumps(e), e._replace(dept="dev"))


class Vec(namedtuple("Vec", "a b")):
    def norm1(self):
        return abs(self.a) + abs(self.b)


v = Vec(-3, 4)
print(v, v.norm1(), isinstance(v, Vec), isinstance(v, tuple), v == (-3, 4))


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


q = Pair(1, "x")
print(q, q.swap(), type(q.swap()).__name__, isinstance(q, tuple), q + q, json.dumps(q))


class Celsius(float):
    def __new__(cls, v):
        return float.__new__(cls, round(v, 1))


c = Celsius(21.456)
print(c, c + 1, isinstance(c, float), type(c).__name__)
print(tuple.__new__(tuple, [1, 2]), int.__new__(int, "7"), str.__new__(str, 5))
for bad in [lambda: tuple.__new__(list, [1]), lambda: tuple.__new__(Celsius, [1]), lambda: tuple.__new__(3)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)
