# task: fit and evaluate pricing curves with a Polynomial class supporting +, *, call and derivative
import itertools


class Polynomial:
    def __init__(self, *coeffs: float):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = tuple(coeffs) or (0,)

    @property
    def degree(self) -> int:
        return len(self.coeffs) - 1

    def __call__(self, x: float) -> float:
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial(other)
        pairs = itertools.zip_longest(self.coeffs, other.coeffs, fillvalue=0)
        return Polynomial(*(a + b for a, b in pairs))

    __radd__ = __add__

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Polynomial(*(c * other for c in self.coeffs))
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for (i, a), (j, b) in itertools.product(enumerate(self.coeffs), enumerate(other.coeffs)):
            out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def derivative(self) -> "Polynomial":
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs) if i > 0))

    def __str__(self):
        terms = []
        for power, c in reversed(list(enumerate(self.coeffs))):
            if c == 0 and self.degree > 0:
                continue
            var = "" if power == 0 else ("x" if power == 1 else f"x^{power}")
            coef = "" if abs(c) == 1 and var else f"{abs(c):g}"
            sign = "-" if c < 0 else "+"
            terms.append(f"{sign} {coef}{var}")
        text = " ".join(terms)
        return text[2:] if text.startswith("+ ") else "-" + text[2:]

    def __repr__(self):
        return f"Polynomial{self.coeffs}"


cost = Polynomial(120, 4.5, 0.02)       # fixed + per-unit + congestion
revenue = Polynomial(0, 11)
profit = revenue - cost
print("cost(q)    =", cost)
print("revenue(q) =", revenue)
print("profit(q)  =", profit, "| degree", profit.degree)
print("marginal profit =", profit.derivative())
best = max(range(0, 400, 5), key=profit)
print(f"best quantity on grid: {best}, profit {profit(best):.2f}")
# exact optimum from derivative root of a linear polynomial
d = profit.derivative()
q_star = -d.coeffs[0] / d.coeffs[1]
print(f"analytic optimum: q={q_star:.2f}, profit={profit(q_star):.2f}")
square = Polynomial(1, 1) * Polynomial(1, 1)
print("(1+x)^2 =", square, "| repr", repr(square), "| equals 1+2x+x^2:", square == Polynomial(1, 2, 1))
print("3 + p:", 3 + Polynomial(0, 1), "| 2 * p:", 2 * Polynomial(1, -1), "| zero:", Polynomial(0, 0))
