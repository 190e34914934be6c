# task: value a stock portfolio using namedtuple and typing.NamedTuple records
from collections import namedtuple
from typing import NamedTuple

Quote = namedtuple("Quote", ["symbol", "price", "currency"], defaults=["USD"])


class Position(NamedTuple):
    symbol: str
    shares: int
    cost_basis: float

    def market_value(self, quote: Quote) -> float:
        return self.shares * quote.price

    def gain(self, quote: Quote) -> float:
        return self.market_value(quote) - self.shares * self.cost_basis


FX = {"USD": 1.0, "EUR": 1.08}
quotes = {q.symbol: q for q in [Quote("AAPL", 189.5), Quote("SAP", 171.2, "EUR"), Quote("MSFT", 402.1), Quote("TSLA", 175.0)]}
positions = [Position("AAPL", 40, 150.25), Position("SAP", 25, 120.0), Position("MSFT", 10, 410.0), Position("NVDA", 5, 480.0)]

print(f"{'symbol':<6} {'shares':>6} {'value USD':>11} {'gain USD':>10} {'return':>7}")
total_value = total_gain = 0.0
missing = []
for pos in positions:
    q = quotes.get(pos.symbol)
    if q is None:
        missing.append(pos.symbol)
        continue
    rate = FX[q.currency]
    value, gain = pos.market_value(q) * rate, pos.gain(q) * rate
    total_value += value
    total_gain += gain
    pct = gain / (value - gain)
    print(f"{pos.symbol:<6} {pos.shares:>6} {value:>11,.2f} {gain:>+10,.2f} {pct:>+7.1%}")
print(f"{'total':<13} {total_value:>11,.2f} {total_gain:>+10,.2f}")
print("no quote for:", missing)

sold = positions[0]._replace(shares=positions[0].shares - 15)
print("after selling 15 AAPL:", sold)
print("as dict:", sold._asdict())
print("fields:", Position._fields, Quote._fields, "| default currency:", Quote._field_defaults)
sym, shares, basis = positions[1]
print(f"unpacked: {sym} {shares} @ {basis}")
print("tuple compare:", Position("A", 1, 1.0) < Position("A", 2, 0.5), "| index of 25:", positions[1].index(25))
print(Quote._make(["IBM", 168.0, "USD"]))
