# area: classes: enum-like classes with class attributes, classmethods for lookup/iteration, and __str__ on values
class Level:
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __repr__(self):
        return f"<Level.{self.name}: {self.value}>"
    def __str__(self):
        return self.name
    def __lt__(self, other):
        return self.value < other.value
    def __eq__(self, other):
        return isinstance(other, Level) and self.value == other.value
    def __hash__(self):
        return hash(self.value)

class Levels:
    DEBUG = Level("DEBUG", 10)
    INFO = Level("INFO", 20)
    WARNING = Level("WARNING", 30)
    ERROR = Level("ERROR", 40)
    @classmethod
    def all(cls):
        return sorted(v for v in cls.__dict__.values() if isinstance(v, Level))
    @classmethod
    def parse(cls, text):
        for lv in cls.all():
            if lv.name == text.upper() or lv.name.startswith(text.upper()[:4]) and len(text) >= 4:
                return lv
        raise ValueError(f"unknown level {text!r}; choose from {[l.name for l in cls.all()]}")

print(Levels.all())
print([str(l) for l in Levels.all()], max(Levels.all()), Levels.INFO < Levels.ERROR)
threshold = Levels.parse("warn")
msgs = [("DEBUG", "x=1"), ("info", "started"), ("warning", "slow"), ("ERROR", "boom")]
for lvl, text in msgs:
    lv = Levels.parse(lvl)
    if not lv < threshold:
        print(f"[{lv!s:<7}] {text}")
try:
    Levels.parse("loud")
except ValueError as e:
    print("ValueError:", e)
counts = {}
for lvl, _ in msgs:
    lv = Levels.parse(lvl)
    counts[lv] = counts.get(lv, 0) + 1
print({str(k): v for k, v in counts.items()}, Levels.parse("info") == Levels.INFO, Levels.DEBUG in {Levels.parse("debug")})
