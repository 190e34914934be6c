# area: realistic agent script: table statistics (mean, median, stdev, percentiles) per column of numeric text data
import math

DATA = """\
latency_ms  cpu_pct  mem_mb
12.1        35       512
15.4        40       530
11.9        38       498
80.2        91       1024
13.3        36       515
14.8        42       540
12.6        37       505"""

lines = DATA.splitlines()
cols = lines[0].split()
table = [[float(x) for x in l.split()] for l in lines[1:]]
columns = {c: [row[i] for row in table] for i, c in enumerate(cols)}

def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2

def stdev(xs):
    m = sum(xs) / len(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)

print(f"{'column':<11}{'mean':>9}{'median':>9}{'stdev':>9}{'p90':>9}{'min':>7}{'max':>7}")
for name, xs in columns.items():
    print(f"{name:<11}{sum(xs) / len(xs):>9.2f}{median(xs):>9.2f}{stdev(xs):>9.3f}"
          f"{percentile(xs, 90):>9.2f}{min(xs):>7g}{max(xs):>7g}")

def outliers(xs, z=2.0):
    m, s = sum(xs) / len(xs), stdev(xs)
    return [i for i, x in enumerate(xs) if abs(x - m) / s > z]

for name, xs in columns.items():
    print(name, "outlier rows:", outliers(xs))
n = len(table)
lat, cpu = columns["latency_ms"], columns["cpu_pct"]
ml, mc = sum(lat) / n, sum(cpu) / n
cov = sum((a - ml) * (b - mc) for a, b in zip(lat, cpu)) / (n - 1)
print(f"corr(latency, cpu) = {cov / (stdev(lat) * stdev(cpu)):.4f}")
