# area: builtin: round/divmod/abs/pow/int/float conversions used for money, durations and percentages
def fmt_duration(seconds):
    neg = seconds < 0
    seconds = abs(seconds)
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    minutes, secs = divmod(rem, 60)
    parts = [f"{int(v)}{u}" for v, u in ((days, "d"), (hours, "h"), (minutes, "m")) if v]
    parts.append(f"{secs:g}s" if isinstance(secs, float) else f"{secs}s")
    return ("-" if neg else "") + " ".join(parts)

for s in [0, 59, 61, 3600, 86399, 90061, -125, 3725.5]:
    print(f"{s:>8} -> {fmt_duration(s)}")

def to_cents(text):
    whole, _, frac = text.strip().lstrip("$").replace(",", "").partition(".")
    frac = (frac + "00")[:2]
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int(frac))

prices = ["$1,234.5", "0.99", "-3.10", "$7", "12.345"]
cents = [to_cents(p) for p in prices]
print(cents, sum(cents), f"${sum(cents) / 100:,.2f}")
print([round(x, 2) for x in (2.675, 1.005, 0.125, 0.375)], [round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
print(round(1234.5678, -2), round(-1234.5678, 1), round(7), type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5))
print(pow(2, 10), pow(2, 10, 1000), pow(7, -1, 13), pow(2.0, 0.5), pow(-2, 3))
print(int("1010", 2), int("z", 36), int("0o17", 0), int(" 42 "), int(-7.9), int(True))
print(float("1e-3"), float("-inf"), float(" 3.0 "), float(7), abs(-0.0), abs(-7))
print(sum(range(101)), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum((x / 10 for x in range(5)), 1.0))
total, n = 1000, 7
share, leftover = divmod(total, n)
shares = [share + (1 if i < leftover else 0) for i in range(n)]
print(shares, sum(shares) == total)
pct = [round(100 * s / total, 1) for s in shares]
print(pct, f"{sum(pct):.1f}")
