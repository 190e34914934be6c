# area: classes: operator and protocol dunders, iterators, hashing, MRO, user exceptions
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        return iter((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self.x * k

a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, sum([a, b]), a == V(1, 2), a != b, a < b, b > a)
print(sorted([b, a, V(0, 9)]), max([a, b]), min(a, b), len(a), a[1], list(a), bool(V(0, 0)), 2 in a, a(10))
d = {a: "a"}
print(d[V(1, 2)], V(1, 2) in {a, b}, {a, b, V(1, 2)} == {a, b})
x, y = a
print(x, y, [v for v in b])
try:
    a - b
except TypeError as e:
    print(e)
try:
    a < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), [x * 2 for x in Counter(2)])
for v in Counter(2):
    print("it", v)

class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)

class Base:
    def hello(self):
        return "base"
class M1(Base):
    def hello(self):
        return "m1>" + super().hello()
class M2(Base):
    def hello(self):
        return "m2>" + super().hello()
class D(M1, M2):
    def hello(self):
        return "d>" + super().hello()
print(D().hello(), [c.__name__ for c in D.__mro__])

class Err(Exception):
    def __str__(self):
        return "custom " + str(self.args[0])
try:
    raise Err(5)
except Err as e:
    print(e, repr(e))
print(object() is not None, type(object()).__name__)
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
    @property
    def broken(self):
        raise AttributeError("nope")
l = Lazy()
print(l.xyz, getattr(l, "abc", "dflt"), hasattr(l, "abc"), hasattr(l, "xq"), hasattr(l, "broken"), getattr(l, "broken", 7))
class A:
    pass
class B(A):
    pass
b = B()
b.__dict__["x"] = 1
print(b.x)
A.x = property(lambda self: "prop")
print(b.x)
