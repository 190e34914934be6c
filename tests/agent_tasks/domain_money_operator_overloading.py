# task: implement a Money value type with arithmetic, ordering and currency checks
from functools import total_ordering


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        if isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            self.cents = int(whole) * 100 + sign * int((frac + "00")[:2])
        else:
            self.cents = round(amount * 100)
        self.currency = currency

    @classmethod
    def from_cents(cls, cents: int, currency: str = "USD") -> "Money":
        m = cls(0, currency)
        m.cents = cents
        return m

    def _check(self, other):
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} and {other.currency}")
        return other

    def __add__(self, other):
        if isinstance(other, int) and other == 0:  # support sum()
            return self
        if not isinstance(other, Money):
            return NotImplemented
        return Money.from_cents(self.cents + self._check(other).cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        return Money.from_cents(self.cents - self._check(other).cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return Money.from_cents(round(self.cents * factor), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        return self.cents < self._check(other).cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def split(self, parts: int) -> list["Money"]:
        base, rem = divmod(self.cents, parts)
        return [Money.from_cents(base + (1 if i < rem else 0), self.currency) for i in range(parts)]

    def __repr__(self):
        return f"Money('{self.cents / 100:.2f}', {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d} {self.currency}"


prices = [Money("19.99"), Money("5.01"), Money(3.5), Money("1200.00")]
print("prices:", prices)
total = sum(prices)
print("total:", total, "| with tax:", total * 1.0825)
print("sorted:", [str(p) for p in sorted(prices)], "| max:", max(prices), "| min:", min(prices))
print("split 100 three ways:", [str(m) for m in Money(100).split(3)])
print("refund:", -Money("12.30"), "| diff:", Money(10) - Money("10.01"))
print("unique:", len({Money(1), Money("1.00"), Money(1, "EUR")}))
for bad in (lambda: Money(5) + Money(5, "EUR"), lambda: Money(5) * "3", lambda: Money(1) < Money(2, "GBP")):
    try:
        bad()
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
