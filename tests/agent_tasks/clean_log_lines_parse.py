# task: parse semi-structured application log lines into records, skipping noise and normalising levels
import re
import json
from collections import Counter

LOG = """\
2024-06-01 12:00:01,123 INFO  [auth] user=alice action=login ok=true
2024-06-01 12:00:02,456 warn  [auth] user=bob action=login ok=false reason="bad password"
   continuation of previous stack trace
2024-06-01 12:00:05,001 ERROR [db] query="SELECT 1" duration_ms=5003 timeout=true
garbage line here
2024-06-01 12:01:00,000 Info  [api] path=/v1/items status=200 duration_ms=41
2024-06-01 12:01:02,500 DEBUG [api] path=/v1/items status=200 duration_ms=38
2024-06-01 12:01:03,750 WARNING [api] path=/v1/orders status=429 duration_ms=2
"""

LINE_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+),(?P<ms>\d{3})\s+(?P<level>\w+)\s+\[(?P<comp>\w+)\]\s+(?P<rest>.*)$"
)
KV_RE = re.compile(r'(\w+)=("[^"]*"|\S+)')
LEVELS = {"warn": "WARNING", "warning": "WARNING", "info": "INFO", "error": "ERROR", "debug": "DEBUG"}


def coerce(value: str):
    if value.startswith('"'):
        return value.strip('"')
    if value in ("true", "false"):
        return value == "true"
    if value.isdigit():
        return int(value)
    return value


records, skipped = [], 0
for line in LOG.splitlines():
    m = LINE_RE.match(line)
    if not m:
        skipped += 1
        continue
    fields = {k: coerce(v) for k, v in KV_RE.findall(m["rest"])}
    records.append({
        "ts": f"{m['date']}T{m['time']}.{m['ms']}",
        "level": LEVELS[m["level"].lower()],
        "component": m["comp"],
        **fields,
    })

print(f"parsed {len(records)} records, skipped {skipped} lines")
for rec in records:
    print(json.dumps(rec))
levels = Counter(r["level"] for r in records)
print("levels:", dict(sorted(levels.items())))
slow = [r for r in records if r.get("duration_ms", 0) > 1000]
print("slow operations:", [(r["component"], r["duration_ms"]) for r in slow])
