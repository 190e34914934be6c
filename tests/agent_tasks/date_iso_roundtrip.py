# task: parse ISO-8601 timestamps from an API (with Z, offsets and naive values), normalise to UTC and round-trip
import json
from datetime import datetime, timezone, timedelta

API_RESPONSE = json.dumps({
    "events": [
        {"id": 1, "at": "2024-03-10T08:30:00Z"},
        {"id": 2, "at": "2024-03-10T09:15:30+02:00"},
        {"id": 3, "at": "2024-03-10T01:00:00-05:00"},
        {"id": 4, "at": "2024-03-10T07:45:00"},
        {"id": 5, "at": "2024-03-10 06:00:00.250000+00:00"},
        {"id": 6, "at": "10/03/2024 07:00"},
        {"id": 7, "at": "2024-03-10"},
    ]
})


def parse_iso(value: str, assume=timezone.utc) -> datetime:
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=assume)
    return dt.astimezone(timezone.utc)


events = json.loads(API_RESPONSE)["events"]
parsed = []
for ev in events:
    try:
        dt = parse_iso(ev["at"])
    except ValueError as e:
        print(f"event {ev['id']}: cannot parse {ev['at']!r}: {e}")
        continue
    parsed.append((dt, ev["id"], ev["at"]))

parsed.sort()
print(f"{'id':>2}  {'original':<34} utc")
for dt, eid, original in parsed:
    print(f"{eid:>2}  {original:<34} {dt.isoformat().replace('+00:00', 'Z')}")

first, last = parsed[0][0], parsed[-1][0]
print(f"span: {last - first} from {first:%H:%M} to {last:%H:%M} UTC")
out = [{"id": eid, "at": dt.isoformat(timespec="seconds")} for dt, eid, _ in parsed]
print(json.dumps(out[:3]))
cet = timezone(timedelta(hours=1))
print("in CET:", [dt.astimezone(cet).strftime("%H:%M%z") for dt, _, _ in parsed])
print("round-trip ok:", all(datetime.fromisoformat(dt.isoformat()) == dt for dt, _, _ in parsed))
print("epoch seconds of first:", int(first.timestamp()))
