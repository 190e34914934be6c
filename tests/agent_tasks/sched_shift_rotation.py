# task: build a two-week on-call rotation with weekday/weekend shifts, respecting time off
from datetime import date, timedelta
from collections import Counter, deque

ENGINEERS = ["kai", "lena", "milo", "noor", "omar"]
TIME_OFF = {
    "lena": [(date(2024, 6, 5), date(2024, 6, 7))],
    "omar": [(date(2024, 6, 10), date(2024, 6, 16))],
}
START = date(2024, 6, 3)  # a Monday


def available(person: str, day: date) -> bool:
    return not any(a <= day <= b for a, b in TIME_OFF.get(person, []))


queue = deque(ENGINEERS)
roster: list[tuple[date, str, str]] = []
weekend_counts = Counter()
for offset in range(14):
    day = START + timedelta(days=offset)
    kind = "weekend" if day.weekday() >= 5 else "weekday"
    candidates = list(queue)
    if kind == "weekend":
        # fairness: prefer whoever has had the fewest weekend shifts, keeping queue order for ties
        candidates.sort(key=lambda p: weekend_counts[p])
    chosen = next((p for p in candidates if available(p, day)), None)
    if chosen is None:
        roster.append((day, kind, "UNCOVERED"))
        continue
    queue.remove(chosen)
    queue.append(chosen)
    if kind == "weekend":
        weekend_counts[chosen] += 1
    roster.append((day, kind, chosen))

week = None
for day, kind, person in roster:
    iso_week = day.isocalendar()[1]
    if iso_week != week:
        week = iso_week
        print(f"-- ISO week {week}")
    print(f"  {day:%a %d %b}  {kind:<8} {person}")

shifts = Counter(p for _, _, p in roster)
print("shifts per engineer:", dict(sorted(shifts.items())))
print("weekend shifts:", dict(sorted(weekend_counts.items())))
conflicts = [(d, p) for d, _, p in roster if p in TIME_OFF and not available(p, d)]
print("time-off conflicts:", conflicts)
print("back-to-back days:", [(a[0].isoformat(), a[2]) for a, b in zip(roster, roster[1:]) if a[2] == b[2]])
