# task: resample irregular timestamped meter readings into hourly buckets, marking empty hours as gaps
from datetime import datetime, timedelta
from collections import defaultdict

READINGS = """
2024-07-01T08:05:00 12.0
2024-07-01T08:20:00 14.5
2024-07-01T08:55:00 13.0
2024-07-01T09:10:00 20.0
2024-07-01T11:45:00 18.0
2024-07-01T11:50:00 bad
2024-07-01T12:00:00 22.0
2024-07-01T12:30:00 24.0
2024-07-01T12:30:00 24.0
2024-07-01T14:59:59 10.0
"""

seen = set()
buckets: dict[datetime, list[float]] = defaultdict(list)
dropped = []
for line in READINGS.strip().splitlines():
    stamp, value = line.split()
    if (stamp, value) in seen:
        dropped.append(f"duplicate {stamp}")
        continue
    seen.add((stamp, value))
    try:
        reading = float(value)
    except ValueError:
        dropped.append(f"non-numeric {value!r} at {stamp}")
        continue
    ts = datetime.fromisoformat(stamp)
    buckets[ts.replace(minute=0, second=0)].append(reading)

start, end = min(buckets), max(buckets)
hour = start
rows = []
while hour <= end:
    values = buckets.get(hour, [])
    if values:
        rows.append((hour, len(values), sum(values) / len(values), max(values)))
    else:
        rows.append((hour, 0, None, None))
    hour += timedelta(hours=1)

print(f"{'hour':<17} {'n':>2} {'mean':>6} {'max':>6}")
for hour, n, mean, peak in rows:
    if n:
        print(f"{hour:%Y-%m-%d %H:%M} {n:>2} {mean:>6.2f} {peak:>6.1f}")
    else:
        print(f"{hour:%Y-%m-%d %H:%M} {n:>2} {'gap':>6} {'-':>6}")
gaps = [h.strftime("%H:%M") for h, n, *_ in rows if n == 0]
print(f"coverage: {len(rows) - len(gaps)}/{len(rows)} hours; gaps at {gaps}")
print("dropped:", dropped)
