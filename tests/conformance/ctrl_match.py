# area: match statements: literal, capture, wildcard, value, sequence with star, mapping with rest, class (keyword, positional via __match_args__ and dataclass fields), OR and AS patterns, guards, several subjects
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = "red"
    GREEN = "green"

class Circle:
    def __repr__(self):
        return f"Circle({self.r})"
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r

def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case -1:
            return "minus one"
        case None:
            return "none"
        case True:
            return "true"
        case "go" | "run" as verb:
            return f"verb {verb}"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case str(s):
            return f"short string {s}"
        case int(n) if n > 100:
            return f"big {n}"
        case float():
            return "float"
        case [] :
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, yy):
            return f"on y axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(r=r) if r > 10:
            return "big circle"
        case Circle(r):
            return f"circle {r}"
        case (1, 2) | (2, 1):
            return "one-two"
        case _:
            return "other"

tests = [0, 1, -1, None, True, "go", "run", "elephant", "cat", 500, 7, 2.5, [], [9], [1, 2], [1, 2, 3, 4],
         {"type": "user", "name": "ann", "age": 3, "x": 1}, {"type": "bot"}, {"name": "x"},
         Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(20), Circle(3), (2, 1), (1, 2, 3), range(2)]
for t in tests:
    print(repr(t), "->", describe(t))

def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items]:
            return "dropping " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown: " + cmd
for c in ["go north", "pick up lamp", "take key", "drop a b c", "quit", "exit", "dance"]:
    print(command(c))

match Color.RED, 3:
    case Color.GREEN, _:
        print("green")
    case Color.RED, n:
        print("red", n)

def status(code):
    match code:
        case 200 | 201 | 204:
            kind = "ok"
        case c if 400 <= c < 500:
            kind = "client error"
        case c:
            kind = "other " + str(c)
    return kind
print([status(c) for c in (200, 204, 404, 500)])
