# area: classes: immutable 2D vector with arithmetic dunders, reflected ops, NotImplemented, hashing in dicts and sets
import math

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __iter__(self):
        return iter((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

a, b = Vec(3, 4), Vec(-1, 2)
print(a + b, a - b, a * 2, 3 * b, a * b, a / 2)
print(math.hypot(*a), list(a + b), tuple(b))
path = [Vec(0, 0), Vec(3, 4), Vec(3, 0), Vec(0, 0)]
length = sum(math.hypot(*(q - p)) for p, q in zip(path, path[1:]))
print("path length:", length)
seen = {}
for v in [a, b, Vec(3, 4), Vec(-1, 2), Vec(0, 0)]:
    seen[v] = seen.get(v, 0) + 1
print(seen)
print(len({a, Vec(3, 4), b}), a == Vec(3, 4), a != b, a == (3, 4))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
centroid = sum(path[:3], Vec(0, 0)) / 3
print(centroid)
