# task: merge several people's busy intervals and list common free slots of at least 30 minutes
from datetime import datetime, timedelta

DAY = "2024-10-02"
WORKDAY = ("09:00", "17:30")
BUSY = {
    "ana": [("09:00", "10:00"), ("12:00", "13:00"), ("15:30", "16:00")],
    "ben": [("09:30", "10:30"), ("11:00", "11:45"), ("13:00", "13:30"), ("16:45", "17:30")],
    "cho": [("10:15", "10:45"), ("12:30", "13:15"), ("14:00", "15:00")],
}
MIN_SLOT = timedelta(minutes=30)


def at(hhmm: str) -> datetime:
    return datetime.strptime(f"{DAY} {hhmm}", "%Y-%m-%d %H:%M")


def merge(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy, day_start, day_end, min_len):
    cursor = day_start
    for start, end in busy:
        if start - cursor >= min_len:
            yield cursor, start
        cursor = max(cursor, end)
    if day_end - cursor >= min_len:
        yield cursor, day_end


all_busy = merge((at(s), at(e)) for person in BUSY.values() for s, e in person)
print("combined busy blocks:")
for s, e in all_busy:
    print(f"  {s:%H:%M}-{e:%H:%M}")

day_start, day_end = at(WORKDAY[0]), at(WORKDAY[1])
slots = list(free_slots(all_busy, day_start, day_end, MIN_SLOT))
print(f"common free slots (>= {MIN_SLOT.seconds // 60} min):")
for s, e in slots:
    mins = int((e - s).total_seconds() // 60)
    print(f"  {s:%H:%M}-{e:%H:%M}  {mins} min")

total_free = sum((e - s for s, e in slots), timedelta())
workday = day_end - day_start
print(f"free {total_free} of {workday} ({total_free / workday:.1%})")

for person, blocks in sorted(BUSY.items()):
    own = list(free_slots(merge((at(s), at(e)) for s, e in blocks), day_start, day_end, timedelta(hours=1)))
    longest = max(own, key=lambda se: se[1] - se[0])
    print(f"{person}: {len(own)} free hour+ blocks, longest {longest[0]:%H:%M}-{longest[1]:%H:%M}")
