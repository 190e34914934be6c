# area: classes: abstract-ish base with NotImplementedError, inheritance, super(), properties, __repr__, sorting
import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, v):
        if v <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = v

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

shapes = [Rect(3, 4), Square(2), Circle(1.5), Rect(1, 10, "plank")]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
sq = shapes[1]
sq.side = 5
print(sq.side, sq.area(), isinstance(sq, Rect), isinstance(sq, Circle), issubclass(Square, Shape))
try:
    sq.side = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print("created:", Shape.count)
print([c.__name__ for c in Square.__mro__])
