# area: realistic agent script: analyse an A/B test (conversion rates, lift, pooled z-score, confidence interval) from counts
import math

DATA = {
    "control": {"visitors": 4820, "conversions": 241, "revenue": 11890.40},
    "variant_a": {"visitors": 4795, "conversions": 287, "revenue": 13702.15},
    "variant_b": {"visitors": 4901, "conversions": 238, "revenue": 12550.00},
}

def rate(d):
    return d["conversions"] / d["visitors"]

def z_test(a, b):
    p1, p2 = rate(a), rate(b)
    pooled = (a["conversions"] + b["conversions"]) / (a["visitors"] + b["visitors"])
    se = math.sqrt(pooled * (1 - pooled) * (1 / a["visitors"] + 1 / b["visitors"]))
    return (p2 - p1) / se

def ci(d, z=1.96):
    p = rate(d)
    half = z * math.sqrt(p * (1 - p) / d["visitors"])
    return p - half, p + half

base = DATA["control"]
print(f"{'group':<10}{'visitors':>9}{'conv':>6}{'rate':>8}{'95% CI':>18}{'rev/visitor':>13}")
for name, d in DATA.items():
    lo, hi = ci(d)
    print(f"{name:<10}{d['visitors']:>9,}{d['conversions']:>6}{rate(d):>8.2%}   [{lo:.2%}, {hi:.2%}]{d['revenue'] / d['visitors']:>11.3f}")
for name, d in DATA.items():
    if d is base:
        continue
    z = z_test(base, d)
    lift = rate(d) / rate(base) - 1
    verdict = "significant" if abs(z) >= 1.96 else "not significant"
    print(f"{name}: lift {lift:+.1%}, z = {z:.3f} -> {verdict} at 95%")
winner = max(DATA, key=lambda k: rate(DATA[k]))
print("best rate:", winner, "| best revenue/visitor:", max(DATA, key=lambda k: DATA[k]["revenue"] / DATA[k]["visitors"]))
needed = math.ceil(2 * (1.96 + 0.84) ** 2 * rate(base) * (1 - rate(base)) / (0.01 ** 2))
print("visitors per arm to detect 1pt change:", f"{needed:,}")
