# task: store many sensor readings in a memory-lean __slots__ class and summarise them
import statistics


class Reading:
    __slots__ = ("sensor", "ts", "value", "unit")

    def __init__(self, sensor: str, ts: int, value: float, unit: str = "C"):
        self.sensor = sensor
        self.ts = ts
        self.value = value
        self.unit = unit

    def to_celsius(self) -> "Reading":
        if self.unit == "F":
            return Reading(self.sensor, self.ts, round((self.value - 32) * 5 / 9, 2), "C")
        return self

    def __repr__(self):
        return f"Reading({self.sensor}@{self.ts}={self.value}{self.unit})"


class TaggedReading(Reading):
    __slots__ = ("tag",)

    def __init__(self, *args, tag: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = tag


LOG = """s1,100,21.5,C
s2,100,70.1,F
s1,160,22.0,C
s3,160,19.8,C
s2,220,71.6,F
s1,220,35.9,C
s3,280,20.1,C"""

readings = []
for line in LOG.splitlines():
    sensor, ts, value, unit = line.split(",")
    readings.append(Reading(sensor, int(ts), float(value), unit).to_celsius())

print("has __dict__:", hasattr(readings[0], "__dict__"), "| slots:", Reading.__slots__)
try:
    readings[0].location = "lab"
except AttributeError as e:
    print("AttributeError:", e)

by_sensor: dict[str, list[float]] = {}
for r in readings:
    by_sensor.setdefault(r.sensor, []).append(r.value)

for sensor, values in sorted(by_sensor.items()):
    mean = statistics.mean(values)
    print(f"{sensor}: n={len(values)} mean={mean:.2f} min={min(values)} max={max(values)}")

overall = [r.value for r in readings]
mu, sd = statistics.mean(overall), statistics.pstdev(overall)
outliers = [r for r in readings if abs(r.value - mu) > 1.5 * sd]
print(f"overall mean {mu:.2f}, pstdev {sd:.2f}, outliers: {outliers}")

t = TaggedReading("s9", 300, 18.0, tag="calibration")
print(t, t.tag, "| subclass slots:", TaggedReading.__slots__)
