# area: classes: rich comparisons for version numbers, sorting, max/min, equality with other types, hash consistency
class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        while len(self.parts) < 3:
            self.parts += (0,)
        self.pre = pre
        self.text = text
    def key(self):
        return (self.parts, self.pre == "", self.pre)
    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        return self.key() < other.key()
    def __le__(self, other):
        return self.key() <= other.key()
    def __gt__(self, other):
        return self.key() > other.key()
    def __ge__(self, other):
        return self.key() >= other.key()
    def __hash__(self):
        return hash(self.key())
    def __repr__(self):
        return f"v{self.text}"

vs = [Version(s) for s in ["1.10", "1.2.3", "1.2", "2.0.0-rc1", "2.0", "1.2.3-alpha", "0.9.9", "1.2.0"]]
print(sorted(vs))
print(max(vs), min(vs), sorted(vs, reverse=True)[:3])
print(Version("1.2") == Version("1.2.0"), Version("1.2") == "1.2.0", Version("1") != Version("1.0.1"))
print(Version("2.0-rc1") < Version("2.0"), Version("1.10") > Version("1.9"), Version("3") >= Version("3.0.0"))
print(len({Version("1.2"), Version("1.2.0"), Version("1.2.1")}))
print(Version("1.0") == 1.0, Version("1.0") != [1])
compatible = [v for v in vs if Version("1.2") <= v < Version("2.0-rc0")]
print("compatible with ^1.2:", compatible)
try:
    Version("1.0") < 2
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
