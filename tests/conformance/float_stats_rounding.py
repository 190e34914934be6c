# area: float: accumulation error, math.fsum vs sum, isclose comparisons, rounding modes and float formatting in reports
import math

vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.isclose(sum(vals), 1.0))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), abs((0.1 + 0.2) - 0.3) < 1e-9)
print(1e16 + 1 - 1e16, math.fsum([1e16, 1, -1e16]), 1 / 3, 2 / 3, 10 / 4, 7 / 7)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(2.9999999999999996), round(2.5), round(3.5))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.45:.1f} {1.55:.1f}")
print(float("inf") > 1e308, -float("inf") < -1e308, math.isinf(1e308 * 10), math.isnan(float("inf") - float("inf")))
nan = float("nan")
print(nan == nan, nan != nan, nan in [nan], max(1.0, 2.0), sorted([3.0, -0.0, 0.0, -1.5]))
print(repr(1e-5), repr(1e16), repr(123456789012345678.0), repr(0.1 * 3), str(1.0), repr(-0.0), 1e309)
print(5e-324, 5e-324 / 2, 2.0 ** 1023 * 2 if False else 2.0 ** 1023, (2.0 ** 0.5) ** 2)
temps = [21.4, 22.15, 19.95, 23.05, 20.0]
mean = sum(temps) / len(temps)
var = sum((t - mean) ** 2 for t in temps) / len(temps)
print(f"mean={mean:.3f} var={var:.4f} std={math.sqrt(var):.4f} min={min(temps)} max={max(temps)}")
print([f"{t:5.1f}" for t in temps], [round(t) for t in temps], [math.floor(t * 2) / 2 for t in temps])
print(math.pi, math.e, round(math.pi, 4), f"{math.tau:.10f}", math.degrees(math.pi / 3), math.radians(180))
print(math.sqrt(2), math.hypot(3, 4), math.log(1000, 10), math.log10(0.001), math.log2(1024), math.exp(1) == math.e)
print((1.5).is_integer(), (2.0).is_integer(), float(10 ** 20), int(1e20), 3.0 * 1.1, 1.1 * 3)
print(divmod(7.5, 2), 7.5 % -2, -7.5 // 2, math.fmod(-7.5, 2), math.copysign(3, -0.0), math.modf(-3.25))
