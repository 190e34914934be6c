# mod: collections.namedtuple fields, defaults, rename, _asdict/_replace/_make, tuple behaviour, errors
from collections import namedtuple
import collections

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], p[:1], len(p))
x, y = p
print(x, y, list(p), tuple(p), 2 in p)
print(p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1), p < Point(1, 3))
print(hash(p) == hash((1, 2)), {p: "a"}[Point(1, 2)])
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]))
print(type(p).__name__, Point.__name__, p + (3,), p.count(1), p.index(2))
Emp = collections.namedtuple("Emp", "name, dept salary", defaults=[0])
e = Emp("ann", "eng")
print(e, Emp._field_defaults, Emp("bob", "ops", salary=10))
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields, R(1, 2, 3, 4))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    p.x = 5
except AttributeError as exc:
    print("AttributeError")
for args in [("P", "x x"), ("P", "x _y"), ("P", "x class"), ("1P", "x")]:
    try:
        namedtuple(*args)
    except ValueError as exc:
        print("ValueError", exc)


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.norm2(), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point(*[5, 6]), Point(**{"x": 1, "y": 0}), max(Point(1, 2)))
