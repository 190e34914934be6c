# task: compute material costs for a floor plan using an abstract-ish Shape hierarchy
import math


class Shape:
    kind = "shape"

    def area(self) -> float:
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self) -> float:
        raise NotImplementedError(f"{type(self).__name__} must implement perimeter()")

    def describe(self) -> str:
        return f"{self.kind:<9} area={self.area():8.2f} perimeter={self.perimeter():7.2f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()


class Rect(Shape):
    kind = "rect"

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, side: float):
        super().__init__(side, side)


class Circle(Shape):
    kind = "circle"

    def __init__(self, r: float):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Triangle(Shape):
    kind = "triangle"

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not form a triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    kind = "blob"


plan = {"living": Rect(6, 4.5), "bath": Square(2.5), "tower": Circle(1.75), "nook": Triangle(3, 4, 5)}
PRICE_PER_M2 = {"rect": 32.0, "square": 45.0, "circle": 60.0, "triangle": 38.0}
total = 0.0
for room, shape in sorted(plan.items(), key=lambda kv: kv[1], reverse=True):
    cost = shape.area() * PRICE_PER_M2[shape.kind]
    total += cost
    print(f"{room:<7} {shape.describe()} cost=${cost:9.2f}")
print(f"total flooring cost: ${total:,.2f}")
print("is Square a Rect:", isinstance(plan["bath"], Rect), "| MRO:", [c.__name__ for c in Square.__mro__])
for bad in (lambda: Triangle(1, 2, 10), lambda: Blob().describe()):
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(f"{type(e).__name__}: {e}")
