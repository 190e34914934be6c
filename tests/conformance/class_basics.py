# area: classes: methods, attributes, inheritance, super, descriptors, user exceptions
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def make(cls, v):
        return cls(v, v)
    @property
    def total(self):
        return self.x + self.y

p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, Point.origin(), Point.make(2), p.total)
print([p, Point(1, 2)], str(p), repr(p))
print(type(p).__name__, p.__class__.__name__, isinstance(p, Point), Point.__qualname__, type(p))

class P3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def norm2(self):
        return super().norm2() + self.z ** 2
    def __repr__(self):
        return "P3" + super().__repr__()[5:]

q = P3(1, 2, 3)
print(q, q.norm2(), isinstance(q, Point), issubclass(P3, Point), P3.__mro__, P3.make(5) if False else 0)
print(q.__dict__, vars(q) if False else 0)

class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("bad thing", 42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

class A:
    pass
a = A()
a.x = 1
print(a.x, hasattr(a, "y"), getattr(a, "x"))
try:
    a.y
except AttributeError as e:
    print(e)
class C:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
c = C()
c.v = 5
print(c.v)
