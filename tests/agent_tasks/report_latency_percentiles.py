# task: compute latency percentiles per API endpoint from request samples and flag SLO breaches
import statistics
from collections import defaultdict

SAMPLES = """
GET /users 42
GET /users 38
GET /users 51
GET /users 47
GET /users 300
GET /users 44
POST /orders 120
POST /orders 135
POST /orders 128
POST /orders 410
POST /orders 150
POST /orders 142
POST /orders 133
GET /health 2
GET /health 3
GET /health 2
GET /search 220
GET /search 180
GET /search 905
GET /search 260
"""

SLO_P95_MS = {"/users": 200, "/orders": 400, "/health": 10, "/search": 500}

by_endpoint: dict[str, list[int]] = defaultdict(list)
for line in SAMPLES.strip().splitlines():
    method, path, ms = line.split()
    by_endpoint[f"{method} {path}"].append(int(ms))

print(f"{'endpoint':<13}{'n':>3}{'p50':>8}{'p90':>8}{'p95':>8}{'max':>6}  slo")
breaches = []
for endpoint, values in sorted(by_endpoint.items()):
    cuts = statistics.quantiles(values, n=20, method="inclusive")
    p50, p90, p95 = statistics.median(values), cuts[17], cuts[18]
    limit = SLO_P95_MS[endpoint.split()[1]]
    ok = p95 <= limit
    if not ok:
        breaches.append((endpoint, p95, limit))
    print(f"{endpoint:<13}{len(values):>3}{p50:>8.1f}{p90:>8.1f}{p95:>8.1f}{max(values):>6}  "
          f"{'ok' if ok else 'BREACH'} (<= {limit})")

all_values = [v for vs in by_endpoint.values() for v in vs]
print(f"\noverall: mean {statistics.mean(all_values):.1f} ms, "
      f"stdev {statistics.pstdev(all_values):.1f} ms, n={len(all_values)}")
for endpoint, p95, limit in breaches:
    print(f"ALERT {endpoint}: p95 {p95:.1f} ms exceeds {limit} ms by {p95 - limit:.1f} ms")
