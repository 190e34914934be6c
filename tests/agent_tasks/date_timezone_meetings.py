# task: schedule a meeting across offices with fixed UTC offsets and check local working hours
from datetime import datetime, timedelta, timezone

OFFICES = {
    "San Francisco": timezone(timedelta(hours=-8), "PST"),
    "New York": timezone(timedelta(hours=-5), "EST"),
    "London": timezone.utc,
    "Berlin": timezone(timedelta(hours=1), "CET"),
    "Mumbai": timezone(timedelta(hours=5, minutes=30), "IST"),
    "Tokyo": timezone(timedelta(hours=9), "JST"),
}
WORK_START, WORK_END = 9, 18


def local_view(meeting_utc: datetime, duration: timedelta):
    for city, tz in OFFICES.items():
        start = meeting_utc.astimezone(tz)
        end = start + duration
        inside = WORK_START <= start.hour and (end.hour, end.minute) <= (WORK_END, 0) and start.date() == end.date()
        day_shift = (start.date() - meeting_utc.date()).days
        shift = f" ({day_shift:+d} day)" if day_shift else ""
        yield city, start, end, inside, shift


proposal = datetime(2024, 1, 16, 15, 0, tzinfo=timezone.utc)
duration = timedelta(minutes=45)
print(f"proposed: {proposal:%Y-%m-%d %H:%M %Z}, {duration.seconds // 60} min")
for city, start, end, ok, shift in local_view(proposal, duration):
    print(f"  {city:<14} {start:%a %H:%M}-{end:%H:%M} {start.tzname():<9} {'ok' if ok else 'outside hours'}{shift}")

print()
print("searching for a slot that suits the most offices (on the hour, UTC):")
best = []
for hour in range(24):
    slot = proposal.replace(hour=hour)
    count = sum(ok for _, _, _, ok, _ in local_view(slot, duration))
    best.append((count, -hour, slot))
count, _, slot = max(best)
print(f"best: {slot:%H:%M} UTC suits {count}/{len(OFFICES)} offices")
happy = [c for c, _, _, ok, _ in local_view(slot, duration) if ok]
print("  ->", ", ".join(happy))

tokyo_time = datetime(2024, 1, 17, 8, 30, tzinfo=OFFICES["Tokyo"])
sf_time = tokyo_time.astimezone(OFFICES["San Francisco"])
print(f"Tokyo {tokyo_time:%a %H:%M} is SF {sf_time:%a %H:%M}; same instant: {tokyo_time == sf_time}")
print("offset difference:", OFFICES["Mumbai"].utcoffset(None) - OFFICES["New York"].utcoffset(None))
