# task: build a weekly on-call rotation with handoffs on Mondays, honouring vacations and swaps
from datetime import date, timedelta
from itertools import cycle

ENGINEERS = ["priya", "marco", "lena", "tomas"]
START = date(2024, 7, 1)  # a Monday
WEEKS = 8
VACATIONS = {
    "marco": [(date(2024, 7, 8), date(2024, 7, 19))],
    "lena": [(date(2024, 8, 12), date(2024, 8, 16))],
}


def available(person: str, week_start: date) -> bool:
    week_end = week_start + timedelta(days=6)
    return all(end < week_start or start > week_end for start, end in VACATIONS.get(person, []))


def build_rotation():
    order = cycle(ENGINEERS)
    skipped = []  # people who owe a shift because of vacation
    schedule = []
    for i in range(WEEKS):
        week = START + timedelta(weeks=i)
        person = next((p for p in skipped if available(p, week)), None)
        if person:
            skipped.remove(person)
        else:
            for _ in range(len(ENGINEERS)):
                candidate = next(order)
                if available(candidate, week):
                    person = candidate
                    break
                skipped.append(candidate)
        schedule.append((week, person))
    return schedule, skipped


schedule, owed = build_rotation()
load = {p: 0 for p in ENGINEERS}
for week, person in schedule:
    end = week + timedelta(days=6)
    load[person] += 1
    iso = week.isocalendar()
    print(f"W{iso.week:02d} {week:%b %d}-{end:%b %d}: {person}")

print("shifts per person:", load)
print("still owed:", owed or "nobody")
handoffs = [(a[1], b[1], b[0]) for a, b in zip(schedule, schedule[1:]) if a[1] != b[1]]
print(f"{len(handoffs)} handoffs; first: {handoffs[0][0]} -> {handoffs[0][1]} on {handoffs[0][2]:%A %d %B}")
