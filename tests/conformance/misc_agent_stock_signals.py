# area: realistic agent script: moving-average crossover signals, drawdown and returns over a price series
PRICES = [100, 102, 101, 105, 107, 106, 110, 108, 104, 99, 97, 98, 101, 104, 108, 112, 111, 115, 113, 109]

def sma(xs, n):
    return [None if i + 1 < n else sum(xs[i + 1 - n:i + 1]) / n for i in range(len(xs))]

fast, slow = sma(PRICES, 3), sma(PRICES, 6)
signals = []
for i in range(1, len(PRICES)):
    if None in (fast[i - 1], slow[i - 1]):
        continue
    before = fast[i - 1] - slow[i - 1]
    after = fast[i] - slow[i]
    if before <= 0 < after:
        signals.append((i, "BUY", PRICES[i]))
    elif before >= 0 > after:
        signals.append((i, "SELL", PRICES[i]))
for i, kind, price in signals:
    print(f"day {i:>2}: {kind:<4} at {price} (fast {fast[i]:.2f} / slow {slow[i]:.2f})")
cash, shares = 1000.0, 0
for i, kind, price in signals:
    if kind == "BUY" and cash >= price:
        shares = int(cash // price)
        cash -= shares * price
    elif kind == "SELL" and shares:
        cash += shares * price
        shares = 0
final = cash + shares * PRICES[-1]
print(f"strategy: {final:.2f} ({final / 1000 - 1:+.2%}) vs buy&hold {PRICES[-1] / PRICES[0] - 1:+.2%}")
peak, max_dd, at = PRICES[0], 0.0, 0
for i, p in enumerate(PRICES):
    peak = max(peak, p)
    dd = (peak - p) / peak
    if dd > max_dd:
        max_dd, at = dd, i
print(f"max drawdown {max_dd:.2%} on day {at}")
rets = [b / a - 1 for a, b in zip(PRICES, PRICES[1:])]
print(f"best day {max(rets):+.2%}, worst day {min(rets):+.2%}, up days {sum(r > 0 for r in rets)}/{len(rets)}")
