# area: the math module's float and integer API
import math
from math import sqrt, pi, floor, ceil

print(sqrt(16), math.sqrt(2), pi, math.e, math.tau)
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1e308))
print(floor(2.5), ceil(2.5), floor(-2.5), ceil(-2.5), math.trunc(-2.7), type(floor(1.5)).__name__)
print(floor(1e20), ceil(-1e20), floor(7), ceil(10**30))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0.0))
print(math.log(10**100), math.log10(10**400), math.log2(2**2000))
print(math.exp(1), math.expm1(0.0), math.pow(2, 10), math.pow(2.0, -1))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1))
print(math.asin(1), math.acos(1), math.atan(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 4))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(12, 18, 8), math.lcm(4, 6), math.lcm(0, 3))
print(math.factorial(0), math.factorial(5), math.factorial(25))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.isqrt(17), math.isqrt(10**40), math.isqrt(0))
print(len(str(math.factorial(500))))

for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.acos(2),
            lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.exp(1000),
            lambda: math.pow(0, -1), lambda: math.floor(math.inf), lambda: math.floor(math.nan),
            lambda: math.sqrt("4"), lambda: math.factorial(2.5), lambda: math.comb(-1, 2)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

print(math.__name__, repr(math)[:14])
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    from math import nope
except ImportError as e:
    print(str(e).split(" (")[0])
