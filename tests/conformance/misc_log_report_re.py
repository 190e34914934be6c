# area: realistic agent script: parse a web-server log with re, aggregate, and report
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [10/Oct/2024:13:55:36 +0000] "GET /api/users?id=7 HTTP/1.1" 200 512 0.023
10.0.0.5 - - [10/Oct/2024:13:55:40 +0000] "POST /api/orders HTTP/1.1" 201 1024 0.120
192.168.1.10 - - [10/Oct/2024:13:56:01 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.002
172.16.0.9 - - [10/Oct/2024:13:57:12 +0000] "GET /api/users?id=9 HTTP/1.1" 404 87 0.011
10.0.0.5 - - [10/Oct/2024:13:58:30 +0000] "DELETE /api/orders/17 HTTP/1.1" 500 143 1.502
malformed line here
192.168.1.11 - - [10/Oct/2024:14:01:02 +0000] "GET /api/users HTTP/2.0" 200 2048 0.045
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>\d+\.\d+)$'
)

records = []
bad = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["size"] = int(rec["size"])
    rec["secs"] = float(rec["secs"])
    rec["route"] = re.sub(r"/\d+", "/{id}", rec["path"].split("?")[0])
    records.append(rec)

print(f"parsed {len(records)} records, {bad} malformed")
by_status = Counter(r["status"] // 100 * 100 for r in records)
for k in sorted(by_status):
    print(f"  {k}s: {by_status[k]}")

routes = defaultdict(list)
for r in records:
    routes[(r["method"], r["route"])].append(r["secs"])
print("slowest routes:")
for (method, route), times in sorted(routes.items(), key=lambda kv: -max(kv[1])):
    print(f"  {method:<6} {route:<18} max={max(times):.3f}s n={len(times)}")

ids = [int(x) for x in re.findall(r"id=(\d+)", LOG)]
print("user ids:", ids, "sum:", sum(ids))
hours = Counter(re.findall(r":(\d\d):\d\d:\d\d ", LOG))
print("by hour:", sorted(hours.items()))
errors = [r for r in records if r["status"] >= 400]
print("errors:", ", ".join(f'{r["ip"]} {r["status"]}' for r in errors))
masked = re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", lambda m: f"{m.group(1)}.x.x.{m.group(4)}", LOG.splitlines()[0])
print(masked)
