# task: find common free meeting slots across several calendars within working hours
from datetime import datetime, timedelta

DAY = datetime(2024, 4, 9)
WORK_START, WORK_END = DAY.replace(hour=9), DAY.replace(hour=17, minute=30)
CALENDARS = {
    "ana": ["09:00-10:00", "11:30-12:30", "15:00-16:00"],
    "bilal": ["09:30-10:15", "13:00-14:00", "16:30-17:30"],
    "chloe": ["10:00-11:00", "12:00-13:30"],
    "dev": ["08:00-09:15", "14:30-15:10"],
}


def parse(span: str) -> tuple[datetime, datetime]:
    a, b = span.split("-")
    to_dt = lambda s: datetime.combine(DAY.date(), datetime.strptime(s, "%H:%M").time())
    return to_dt(a), to_dt(b)


def merge(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy, lo, hi, min_len: timedelta):
    slots, cursor = [], lo
    for start, end in busy:
        if start > cursor and start - cursor >= min_len:
            slots.append((cursor, min(start, hi)))
        cursor = max(cursor, end)
    if hi - cursor >= min_len:
        slots.append((cursor, hi))
    return [(s, e) for s, e in slots if e - s >= min_len]


all_busy = merge(parse(s) for spans in CALENDARS.values() for s in spans)
print("merged busy blocks:", ", ".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in all_busy))
for minutes in (30, 45, 60):
    slots = free_slots(all_busy, WORK_START, WORK_END, timedelta(minutes=minutes))
    shown = ", ".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in slots) or "none"
    print(f"slots >= {minutes} min for everyone: {shown}")

# if someone is optional, which subset gives a 60 minute slot earliest?
for optional in CALENDARS:
    busy = merge(parse(s) for who, spans in CALENDARS.items() if who != optional for s in spans)
    slots = free_slots(busy, WORK_START, WORK_END, timedelta(minutes=60))
    first = f"{slots[0][0]:%H:%M}" if slots else "-"
    print(f"without {optional:<6} first 60-min slot at {first} ({len(slots)} options)")
