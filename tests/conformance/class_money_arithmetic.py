# area: classes: Money value object with currency checks, integer cents arithmetic, comparisons, allocation and formatting
class CurrencyMismatch(TypeError):
    pass

class Money:
    def __init__(self, cents, currency="EUR"):
        if not isinstance(cents, int):
            raise TypeError("cents must be int")
        self.cents, self.currency = cents, currency
    @classmethod
    def parse(cls, text):
        amount, cur = text.split()
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int((frac + "00")[:2])), cur)
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return None
    def __add__(self, other):
        if other == 0:
            return self
        r = self._check(other)
        return r if r is NotImplemented else Money(self.cents + other.cents, self.currency)
    __radd__ = __add__
    def __sub__(self, other):
        r = self._check(other)
        return r if r is NotImplemented else Money(self.cents - other.cents, self.currency)
    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)
    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)
    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def allocate(self, ratios):
        total = sum(ratios)
        shares = [self.cents * r // total for r in ratios]
        for i in range(self.cents - sum(shares)):
            shares[i] += 1
        return [Money(s, self.currency) for s in shares]
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d} {self.currency}"

a, b = Money.parse("19.99 EUR"), Money.parse("5.5 EUR")
print(a, b, a + b, a - b, b - a, a * 3, a * 0.15)
print(sum([a, b, Money(1)]), sorted([a, b, Money(0)]), max(a, b), a == Money(1999), a != b)
print(Money(100).allocate([1, 1, 1]), Money(1000).allocate([70, 20, 10]), Money.parse("-3.05 EUR"))
try:
    a + Money(5, "USD")
except CurrencyMismatch as e:
    print("CurrencyMismatch:", e, isinstance(e, TypeError))
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
print(len({Money(5), Money(5), Money(5, "USD")}), Money(123456789))
