# Chaos: the chaos game / iterated function system. Points are small vector objects,
# transforms are chosen with weights by a hand-written linear congruential generator,
# and hits are binned into a grid whose histogram is the checksum.
import math


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        return GVector(self.x * other, self.y * other, self.z * other)

    __rmul__ = __mul__

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return GVector(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f, 0.0)


class Spline:
    """A uniform quadratic B-spline used to bend the plane after each step."""

    def __init__(self, points):
        self.points = points

    def __call__(self, u):
        n = len(self.points) - 2
        u = min(max(u, 0.0), 0.999999) * n
        i = int(u)
        t = u - i
        p0, p1, p2 = self.points[i], self.points[i + 1], self.points[i + 2]
        b0 = 0.5 * (1 - t) ** 2
        b1 = 0.5 + t * (1 - t)
        b2 = 0.5 * t * t
        return p0 * b0 + p1 * b1 + p2 * b2


class ChaosGame:
    def __init__(self, transforms, spline, seed):
        self.transforms = transforms
        total = sum(t.weight for t in transforms)
        acc = 0.0
        self.cumulative = []
        for t in transforms:
            acc += t.weight / total
            self.cumulative.append(acc)
        self.spline = spline
        self.rng = LCG(seed)
        self.minx, self.maxx, self.miny, self.maxy = -3.0, 3.0, -0.5, 10.5

    def choose(self):
        r = self.rng.uniform()
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.transforms[i]
        return self.transforms[-1]

    def run(self, steps, width, height):
        grid = [[0] * width for _ in range(height)]
        p = GVector(0.0, 0.0, 0.0)
        path = 0.0
        for step in range(steps):
            prev = p
            p = self.choose().apply(p)
            path += p.dist(prev)
            if step % 16 == 0:
                bend = self.spline((p.y - self.miny) / (self.maxy - self.miny))
                q = p.linear_combination(bend, 0.97, 0.03)
            else:
                q = p
            if step < 20:
                continue
            x = int((q.x - self.minx) / (self.maxx - self.minx) * width)
            y = int((q.y - self.miny) / (self.maxy - self.miny) * height)
            if 0 <= x < width and 0 <= y < height:
                grid[y][x] += 1
        return grid, path


def main():
    fern = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    spline = Spline([GVector(-1.0, 0.0), GVector(0.5, 2.0), GVector(1.5, 5.0),
                     GVector(-0.5, 7.0), GVector(0.0, 10.0)])
    game = ChaosGame(fern, spline, 1234)
    grid, path = game.run(STEPS, 64, 96)
    filled = sum(1 for row in grid for v in row if v)
    check = 0
    for row in grid:
        for v in row:
            check = (check * 33 + v) % 1000000007
    print("chaos", STEPS, filled, check, "%.6f" % path)


STEPS = 150000
main()
