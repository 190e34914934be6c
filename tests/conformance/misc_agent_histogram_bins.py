# area: realistic agent script: bin response times into fixed and log-scale buckets, print ASCII histograms and percentiles
import math

TIMES = [12, 15, 11, 250, 18, 22, 19, 14, 980, 31, 27, 16, 13, 45, 3100, 21, 17, 24, 60, 14, 11, 120, 18, 16]

def fixed_bins(xs, width):
    bins = {}
    for x in xs:
        b = x // width * width
        bins[b] = bins.get(b, 0) + 1
    return dict(sorted(bins.items()))

def log_bins(xs, base=2):
    bins = {}
    for x in xs:
        k = int(math.log(x, base))
        bins[k] = bins.get(k, 0) + 1
    return {(base ** k, base ** (k + 1)): n for k, n in sorted(bins.items())}

def pct(xs, p):
    s = sorted(xs)
    idx = max(0, math.ceil(p / 100 * len(s)) - 1)
    return s[idx]

print("fixed width 10 (<100ms):")
for lo, n in fixed_bins([t for t in TIMES if t < 100], 10).items():
    print(f"  {lo:>3}-{lo + 9:<3} {'#' * n} {n}")
print("log2 buckets:")
for (lo, hi), n in log_bins(TIMES).items():
    print(f"  [{lo:>5}, {hi:>5}) {'*' * n:<10} {n / len(TIMES):6.1%}")
print({f"p{p}": pct(TIMES, p) for p in (50, 90, 95, 99, 100)})
mean = sum(TIMES) / len(TIMES)
gmean = math.exp(sum(math.log(t) for t in TIMES) / len(TIMES))
print(f"mean={mean:.1f} geometric={gmean:.1f} median={pct(TIMES, 50)} outliers={[t for t in TIMES if t > 10 * gmean]}")
