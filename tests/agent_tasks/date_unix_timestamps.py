# task: convert Unix epoch timestamps (seconds and milliseconds) from a metrics feed to UTC datetimes and bucket them
from collections import Counter
from datetime import datetime, timezone, timedelta

FEED = [
    {"ts": 1717200000, "metric": "cpu", "value": 41.5},
    {"ts": 1717200059, "metric": "cpu", "value": 44.0},
    {"ts": 1717200125000, "metric": "cpu", "value": 97.2},
    {"ts": 1717203600, "metric": "mem", "value": 63.1},
    {"ts": 1717207199.5, "metric": "cpu", "value": 12.0},
    {"ts": 0, "metric": "boot", "value": 1},
    {"ts": -86400, "metric": "bogus", "value": 0},
]

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def to_datetime(ts: float) -> datetime:
    if ts > 10**11:  # milliseconds
        ts = ts / 1000
    return datetime.fromtimestamp(ts, tz=timezone.utc)


buckets = Counter()
for rec in FEED:
    dt = to_datetime(rec["ts"])
    flag = ""
    if dt < datetime(2000, 1, 1, tzinfo=timezone.utc):
        flag = "  <- suspicious timestamp"
    print(f"{rec['ts']!s:>15} -> {dt.isoformat()}  {rec['metric']:<5} {rec['value']:>6}{flag}")
    if not flag:
        bucket = dt.replace(minute=0, second=0, microsecond=0)
        buckets[bucket] += 1

print()
for bucket, n in sorted(buckets.items()):
    print(f"hour {bucket:%Y-%m-%d %H:00} UTC: {n} sample(s)")

moment = datetime(2024, 6, 1, 0, 2, 5, tzinfo=timezone.utc)
print("back to epoch:", int(moment.timestamp()), "| via subtraction:", (moment - EPOCH) // timedelta(seconds=1))
print("ms precision:", int(moment.timestamp() * 1000))
ist = timezone(timedelta(hours=5, minutes=30))
print("same instant in IST:", datetime.fromtimestamp(1717200000, tz=ist))
print("Y2K38 limit:", datetime.fromtimestamp(2**31 - 1, tz=timezone.utc))
