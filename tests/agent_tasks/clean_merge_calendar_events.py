# task: merge calendar events exported from two tools, dedupe by title+start, normalise timezones to UTC
from datetime import datetime, timedelta, timezone
import json

WORK_CAL = [
    {"title": "Standup", "start": "2024-09-02T09:00:00+02:00", "minutes": 15},
    {"title": "Design review", "start": "2024-09-02T14:00:00+02:00", "minutes": 60},
    {"title": "1:1 with Sam", "start": "2024-09-03T10:30:00+02:00", "minutes": 30},
]
PERSONAL_CAL = json.loads("""[
  {"summary": "standup ", "dtstart": "2024-09-02 07:00", "dtend": "2024-09-02 07:15", "tz": "UTC"},
  {"summary": "Dentist", "dtstart": "2024-09-02 16:00", "dtend": "2024-09-02 17:00", "tz": "UTC"},
  {"summary": "Gym", "dtstart": "2024-09-03 06:30", "dtend": "2024-09-03 07:30", "tz": "UTC"}
]""")


def from_work(ev: dict) -> dict:
    start = datetime.fromisoformat(ev["start"]).astimezone(timezone.utc)
    return {"title": ev["title"].strip(), "start": start,
            "end": start + timedelta(minutes=ev["minutes"]), "source": "work"}


def from_personal(ev: dict) -> dict:
    fmt = "%Y-%m-%d %H:%M"
    start = datetime.strptime(ev["dtstart"], fmt).replace(tzinfo=timezone.utc)
    end = datetime.strptime(ev["dtend"], fmt).replace(tzinfo=timezone.utc)
    return {"title": ev["summary"].strip(), "start": start, "end": end, "source": "personal"}


events = [from_work(e) for e in WORK_CAL] + [from_personal(e) for e in PERSONAL_CAL]
unique: dict[tuple, dict] = {}
for ev in events:
    key = (ev["title"].casefold(), ev["start"])
    if key in unique:
        unique[key]["source"] += "+" + ev["source"]
    else:
        unique[key] = ev

merged = sorted(unique.values(), key=lambda e: e["start"])
print(f"{len(events)} events in, {len(merged)} after dedupe")
for ev in merged:
    length = int((ev["end"] - ev["start"]).total_seconds() // 60)
    print(f"{ev['start']:%a %d %b %H:%M}Z  {length:>3} min  {ev['title']:<14} [{ev['source']}]")

for a, b in zip(merged, merged[1:]):
    if b["start"] < a["end"]:
        print(f"overlap: {a['title']} and {b['title']}")
print(json.dumps([{**e, "start": e["start"].isoformat(), "end": e["end"].isoformat()} for e in merged[:1]]))
