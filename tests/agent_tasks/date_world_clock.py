# task: print a world clock table for a fixed UTC instant across fixed-offset zones, noting date changes
from datetime import datetime, timedelta, timezone

INSTANT = datetime(2024, 12, 31, 22, 30, tzinfo=timezone.utc)

ZONES = [
    ("Honolulu", -10, 0),
    ("Los Angeles", -8, 0),
    ("St. John's", -3, -30),
    ("UTC", 0, 0),
    ("Paris", 1, 0),
    ("Kathmandu", 5, 45),
    ("Shanghai", 8, 0),
    ("Auckland", 13, 0),
    ("Kiritimati", 14, 0),
]


def fmt_offset(td: timedelta) -> str:
    minutes = int(td.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


print(f"reference instant: {INSTANT:%Y-%m-%d %H:%M} UTC")
print(f"{'city':<12}{'offset':<11}{'local time':<18}{'day':<5}note")
new_year = []
for city, hours, minutes in ZONES:
    tz = timezone(timedelta(hours=hours, minutes=minutes), city)
    local = INSTANT.astimezone(tz)
    delta_days = (local.date() - INSTANT.date()).days
    note = {-1: "yesterday", 0: "", 1: "tomorrow"}[delta_days]
    if local.year == 2025:
        new_year.append(city)
        note = f"{note}, already 2025!" if note else "already 2025!"
    print(f"{city:<12}{fmt_offset(tz.utcoffset(None)):<11}{local:%Y-%m-%d %H:%M}  {local:%a}  {note}")

print()
print("celebrating already:", ", ".join(new_year))
for city, hours, minutes in ZONES:
    tz = timezone(timedelta(hours=hours, minutes=minutes))
    midnight_local = datetime(2025, 1, 1, tzinfo=tz)
    wait = midnight_local - INSTANT
    if wait > timedelta(0):
        print(f"  {city:<12} midnight in {wait}")
spread = max(h * 60 + m for _, h, m in ZONES) - min(h * 60 + m for _, h, m in ZONES)
print(f"offset spread: {spread // 60}h{spread % 60:02d}m")
print(timezone(timedelta(hours=-3, minutes=-30)), timezone(timedelta(hours=5, minutes=45)).tzname(None))
