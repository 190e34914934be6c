# mod_: enum.Enum members, lookup by value and name, iteration, aliases, auto, unique
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), f"[{Color.GREEN}]", Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color))
print([c.name for c in Color], list(Color.__members__))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.CRIMSON])
for bad in (7, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)


class Step(Enum):
    FETCH = auto()
    PARSE = auto()
    STORE = auto()


print([(s.name, s.value) for s in Step], Step(3))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = "a"
    B = "b"


print(Fine("b"), sorted(Fine, key=lambda m: m.value, reverse=True))
