# task: parse timestamps in mixed formats from log lines with strptime and measure request durations
from datetime import datetime, timedelta

LOGS = [
    "2024-05-02 14:03:11,250 INFO request=abc123 start",
    "02/May/2024:14:03:12 +0000 request=def456 start",
    "2024-05-02T14:03:13.900 INFO request=abc123 end",
    "Thu May  2 14:03:15 2024 request=ghi789 start",
    "2024-05-02 14:03:18,005 INFO request=def456 end",
    "May 2 2024 2:03:20 PM request=ghi789 end",
    "yesterday at noon request=zzz999 start",
]

FORMATS = [
    "%Y-%m-%d %H:%M:%S,%f",
    "%d/%b/%Y:%H:%M:%S %z",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%a %b %d %H:%M:%S %Y",
    "%b %d %Y %I:%M:%S %p",
]


def parse_line(line: str):
    head, _, rest = line.partition(" request=")
    request_id, event = rest.split()
    stamp = head.removesuffix(" INFO")
    for fmt in FORMATS:
        try:
            ts = datetime.strptime(stamp, fmt)
        except ValueError:
            continue
        return ts.replace(tzinfo=None), request_id, event, fmt
    raise ValueError(f"no known format matches {stamp!r}")


starts: dict[str, datetime] = {}
durations: dict[str, timedelta] = {}
for line in LOGS:
    try:
        ts, rid, event, fmt = parse_line(line)
    except ValueError as e:
        print("skip:", e)
        continue
    print(f"{ts.isoformat(timespec='milliseconds')}  {rid} {event:<5} (format {fmt})")
    if event == "start":
        starts[rid] = ts
    elif rid in starts:
        durations[rid] = ts - starts.pop(rid)

print()
for rid, d in sorted(durations.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{rid}: {d.total_seconds():.3f}s  ({d})")
print("still open:", sorted(starts) or "none")
avg = sum(durations.values(), timedelta()) / len(durations)
print(f"average duration: {avg.total_seconds():.3f}s")
