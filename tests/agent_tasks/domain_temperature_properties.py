# task: normalise thermostat readings through a Temperature class with converting property setters
class Temperature:
    ABSOLUTE_ZERO_C = -273.15

    def __init__(self, celsius: float = 0.0):
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < self.ABSOLUTE_ZERO_C:
            raise ValueError(f"{value} C is below absolute zero")
        self._c = float(value)

    @property
    def fahrenheit(self) -> float:
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self) -> float:
        return self._c - self.ABSOLUTE_ZERO_C

    @kelvin.setter
    def kelvin(self, value: float) -> None:
        self.celsius = value + self.ABSOLUTE_ZERO_C

    @classmethod
    def parse(cls, text: str) -> "Temperature":
        text = text.strip().upper()
        value, unit = float(text[:-1]), text[-1]
        t = cls()
        match unit:
            case "C":
                t.celsius = value
            case "F":
                t.fahrenheit = value
            case "K":
                t.kelvin = value
            case _:
                raise ValueError(f"unknown unit {unit!r} in {text!r}")
        return t

    def __format__(self, spec: str) -> str:
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        value = {"C": self.celsius, "F": self.fahrenheit, "K": self.kelvin}[unit]
        return f"{value:{num_spec or '.1f'}}°{unit}" if unit != "K" else f"{value:{num_spec or '.1f'}}K"

    def __repr__(self):
        return f"Temperature({self.celsius:.2f})"


readings = ["21.5C", "70F", "300K", "-40F", "12X", "-300C", " 98.6f ", "0K"]
good = []
for raw in readings:
    try:
        t = Temperature.parse(raw)
        good.append(t)
        print(f"{raw.strip():>7} -> {t:.1fC} | {t:.1fF} | {t:.2fK}")
    except ValueError as e:
        print(f"{raw.strip():>7} -> error: {e}")

avg = Temperature(sum(t.celsius for t in good) / len(good))
print("average:", f"{avg}", "/", f"{avg:.3fF}", "| repr:", repr(avg))
t = Temperature(20)
t.fahrenheit += 18
print("warmed by 18F:", repr(t), "| kelvin:", round(t.kelvin, 2))
try:
    t.kelvin = -1
except ValueError as e:
    print("setter refused:", e)
print("unchanged after refusal:", repr(t))
