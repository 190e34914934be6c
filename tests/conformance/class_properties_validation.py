# area: classes: properties with validation setters, computed read-only properties, __setattr__ auditing
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
for bad in [-300, "hot"]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError -", e)

class Audited:
    def __init__(self, **fields):
        super().__setattr__("changes", [])
        for k, v in fields.items():
            setattr(self, k, v)
    def __setattr__(self, name, value):
        old = getattr(self, name, "<unset>")
        self.changes.append(f"{name}: {old!r} -> {value!r}")
        super().__setattr__(name, value)
    def __getattr__(self, name):
        return f"<no {name}>"

a = Audited(user="ann", role="viewer")
a.role = "admin"
a.count = 1
a.count += 1
print(a.user, a.role, a.count, a.missing)
print("\n".join(a.changes))
print(sorted(vars_ for vars_ in a.__dict__))
