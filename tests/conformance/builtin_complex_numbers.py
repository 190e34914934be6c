# builtins: complex numbers (literals, constructor, arithmetic, repr, hash, pow, format, errors)
import math

z = 3 + 4j
print(z, repr(z), type(z).__name__, z.real, z.imag, abs(z), z.conjugate())
print(1j, -2j, 0j, -0j, 1.5j, 1e20j, 2J, 1_0j, .5j)
print(complex(), complex(2), complex(2.5, -1), complex(1, 2j), complex(1j, 1j), complex("1+2j"), complex(" (3-4.5J) "))
print(complex("j"), complex("-j"), complex("+1.5e3j"), complex("2"), complex("-1e-3+2e+2j"), complex("inf-nanj"))
for bad in ["1+", "abc", "1+2k", "", "1 + 2j", "j1", "1__0j"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
for args in [([1],), ("1", 2), (1, "2"), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)

a, b = 1 + 2j, 3 - 1j
print(a + b, a - b, a * b, a / b, b / a, -a, +a)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, True + a)
print(a == complex(1, 2), a != b, 1 + 0j == 1, 2.0 == 2 + 0j, a == "x", 1j == 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(a), hash(-1 + 0j), hash(complex(0, 1)))
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
print(sum([1j, 2, 3.5 + 1j]), [x * 1j for x in range(3)])
print(a ** 2, a ** -1, a ** 0, (1j) ** 2, (2 + 0j) ** 0.5, a ** b, 2 ** a, (1j) ** 101, a ** 1.5)
print((0j) ** 0, (0j) ** 2)
for expr in [lambda: a / 0, lambda: a / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: a // 2, lambda: a % 2,
             lambda: a < b, lambda: int(a), lambda: float(a), lambda: round(a)]:
    try:
        print(expr())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(1, float("nan")), complex(float("inf"), -0.0), complex(-0.0, 0.0), complex(0.0, -0.0))
print(abs(complex(float("inf"), float("nan"))), abs(-3j))
print(f"{a}|{a:.2f}|{b:+.3e}|{a:>12}|{1.23456 - 2j:^20.3f}|{a!r}")
print(format(1 + 2j, ""), str(2 - 3j), isinstance(1j, complex), isinstance(1j, (int, float)))
print(complex(1.0000000000000002, 1e-310), complex(1e16, 1e-5), 1e300j * 1e300j)
print({1j: "a", 1 + 0j: "one"}[1], sorted([3j, 1j, 2j], key=lambda c: c.imag))
try:
    a.real = 5
except AttributeError as e:
    print("AttributeError", e)
