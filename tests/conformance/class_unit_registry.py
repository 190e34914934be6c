# area: classes: quantities with units as a class (add/compare only with same dimension), classmethod parsing, __eq__/__lt__/__hash__
class DimensionError(TypeError):
    pass

class Quantity:
    FACTORS = {"ms": ("time", 0.001), "s": ("time", 1), "min": ("time", 60), "h": ("time", 3600),
               "B": ("size", 1), "KB": ("size", 1024), "MB": ("size", 1024 ** 2), "GB": ("size", 1024 ** 3)}
    def __init__(self, value, unit):
        if unit not in self.FACTORS:
            raise ValueError(f"unknown unit {unit!r}")
        self.value, self.unit = value, unit
    @classmethod
    def parse(cls, text):
        i = 0
        while i < len(text) and (text[i].isdigit() or text[i] == "."):
            i += 1
        return cls(float(text[:i]), text[i:].strip())
    @property
    def dim(self):
        return self.FACTORS[self.unit][0]
    @property
    def base(self):
        return self.value * self.FACTORS[self.unit][1]
    def to(self, unit):
        if self.FACTORS[unit][0] != self.dim:
            raise DimensionError(f"cannot convert {self.dim} to {self.FACTORS[unit][0]}")
        return Quantity(self.base / self.FACTORS[unit][1], unit)
    def _same(self, other):
        if not isinstance(other, Quantity) or other.dim != self.dim:
            raise DimensionError(f"incompatible: {self!r} and {other!r}")
    def __add__(self, other):
        self._same(other)
        return Quantity(self.value + other.to(self.unit).value, self.unit)
    def __eq__(self, other):
        return isinstance(other, Quantity) and other.dim == self.dim and abs(self.base - other.base) < 1e-9
    def __lt__(self, other):
        self._same(other)
        return self.base < other.base
    def __hash__(self):
        return hash((self.dim, round(self.base, 6)))
    def __repr__(self):
        return f"{self.value:g}{self.unit}"

qs = [Quantity.parse(t) for t in ["250ms", "1.5s", "2min", "0.5h", "90s"]]
print(qs, sorted(qs), max(qs))
print(qs[0] + qs[1], qs[2] + qs[4], qs[3].to("min"), Quantity.parse("3GB").to("MB"))
print(Quantity.parse("1024KB") == Quantity.parse("1MB"), len({Quantity.parse("60s"), Quantity.parse("1min")}))
for bad in [lambda: qs[0] + Quantity.parse("1KB"), lambda: qs[0].to("GB"), lambda: Quantity.parse("5 parsecs"), lambda: qs[0] < 5]:
    try:
        bad()
    except (DimensionError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
