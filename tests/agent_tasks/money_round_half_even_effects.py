# task: show how Python's round() (banker's rounding, binary floats) differs from half-up rounding on invoice amounts
import math

AMOUNTS = [0.125, 0.135, 0.145, 2.675, 1.005, 10.5, 11.5, 0.5, 1.5, 2.5, -2.5, 1234.565]


def half_up_cents(x: float) -> float:
    """Round to cents half away from zero, working on the decimal string to dodge binary artefacts."""
    text = f"{abs(x):.10f}"
    whole, frac = text.split(".")
    cents = int(whole) * 100 + int(frac[:2])
    if int(frac[2]) >= 5:
        cents += 1
    return math.copysign(cents / 100, x)


def cents_int_half_even(numerator: int, denominator: int) -> int:
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or (2 * r == denominator and q % 2 == 1):
        q += 1
    return q


print(f"{'value':>10} {'round(x,2)':>11} {'half-up':>9} {'repr of x':>24} stored binary value")
for x in AMOUNTS:
    print(f"{x:>10} {round(x, 2):>11} {half_up_cents(x):>9} {x!r:>24} {f'{x:.20f}'[:24]}")

print("\nround() to integers (ties go to even):")
print({x: round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)})

# splitting 1.00 three ways and summing per-line rounded tax
lines = [19.99, 5.01, 3.33, 0.07, 12.45]
rate = 0.075
per_line = sum(round(p * rate, 2) for p in lines)
on_total = round(sum(lines) * rate, 2)
print(f"\ntax per line summed: {per_line:.2f}; tax on total: {on_total:.2f}; float sum {sum(lines)!r}")

# integer-cents approach: tax in tenths of a basis point, rounded half-even
cents = [round(p * 100) for p in lines]
tax_each = [cents_int_half_even(c * 75, 1000) for c in cents]
print("integer cents:", cents, "tax cents:", tax_each, "total tax:", sum(tax_each))
print(f"0.1 + 0.2 == 0.3 -> {0.1 + 0.2 == 0.3}; math.isclose -> {math.isclose(0.1 + 0.2, 0.3)}")
print(f"sum of ten 0.10 payments: {sum([0.10] * 10)!r} vs fsum {math.fsum([0.10] * 10)!r}")
