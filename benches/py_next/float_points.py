# Float: the pyperformance "float" shape. Build many Point objects from sin/cos of an
# index, normalize each in place, then fold them with maximize to find the component-wise max.
from math import sin, cos, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


class PlainPoint:
    """The same without __slots__, so attribute storage goes through the instance dict."""

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = max(self.x, other.x)
        self.y = max(self.y, other.y)
        self.z = max(self.z, other.z)
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(cls, n):
    points = [None] * n
    for i in range(n):
        points[i] = cls(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    a = benchmark(Point, POINTS)
    b = benchmark(PlainPoint, POINTS)
    print("float", POINTS, repr(a))
    print("float", POINTS, "%.15f %.15f %.15f" % (b.x, b.y, b.z))


POINTS = 100000
main()
