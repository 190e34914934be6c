# task: use a 2D vector class to track a delivery robot's path and distances
import math


class Vec:
    def __init__(self, x: float = 0.0, y: float = 0.0):
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __bool__(self) -> bool:
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"

    def rotated(self, degrees: float) -> "Vec":
        r = math.radians(degrees)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))


HEADINGS = {"N": Vec(0, 1), "E": Vec(1, 0), "S": Vec(0, -1), "W": Vec(-1, 0)}
route = "N3 E4 S1 W2 N5 E6"
pos = Vec()
trail = [pos]
for step in route.split():
    direction, dist = step[0], int(step[1:])
    pos = pos + HEADINGS[direction] * dist
    trail.append(pos)

travelled = sum(abs(b - a) for a, b in zip(trail, trail[1:]))
print("trail:", trail)
print(f"final position {pos}, straight-line distance {abs(pos):.3f}")
print(f"distance travelled {travelled:g}, efficiency {abs(pos) / travelled:.1%}")
x, y = pos
print(f"unpacked: x={x}, y={y}, bearing {math.degrees(math.atan2(x, y)):.1f} deg")
print("rotated 90:", Vec(1, 0).rotated(90), "| zero vector is falsy:", not Vec())
print("revisits origin:", any(p == Vec() for p in trail[1:]))
farthest = max(trail, key=abs)
print(f"farthest point {farthest} at {abs(farthest):.2f}")
