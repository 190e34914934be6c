# task: compute due dates by adding business days that skip weekends and company holidays
from datetime import date, timedelta

HOLIDAYS = {
    date(2024, 12, 24): "Christmas Eve",
    date(2024, 12, 25): "Christmas Day",
    date(2024, 12, 26): "Boxing Day",
    date(2025, 1, 1): "New Year's Day",
}


def is_business_day(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(start: date, days: int) -> date:
    step = 1 if days >= 0 else -1
    current, remaining = start, abs(days)
    while remaining:
        current += timedelta(days=step)
        if is_business_day(current):
            remaining -= 1
    return current


def business_days_between(a: date, b: date) -> int:
    if b < a:
        return -business_days_between(b, a)
    return sum(1 for i in range(1, (b - a).days + 1) if is_business_day(a + timedelta(days=i)))


TICKETS = [
    ("INC-1", date(2024, 12, 18), 3),
    ("INC-2", date(2024, 12, 20), 5),
    ("INC-3", date(2024, 12, 23), 1),
    ("INC-4", date(2024, 12, 27), 2),
    ("INC-5", date(2025, 1, 3), -4),
]

print(f"{'ticket':<7}{'opened':<16}{'+days':>6}  {'due':<16}calendar days")
for tid, opened, sla in TICKETS:
    due = add_business_days(opened, sla)
    print(f"{tid:<7}{opened.strftime('%a %Y-%m-%d'):<16}{sla:>6}  {due.strftime('%a %Y-%m-%d'):<16}{(due - opened).days}")

start, end = date(2024, 12, 16), date(2025, 1, 10)
print()
print(f"business days from {start} to {end}: {business_days_between(start, end)}")
skipped = [(d, name) for d, name in sorted(HOLIDAYS.items()) if start <= d <= end and d.weekday() < 5]
for d, name in skipped:
    print(f"  holiday on a weekday: {d:%d %b} {name}")
weekends = sum(1 for i in range((end - start).days + 1) if (start + timedelta(i)).weekday() >= 5)
print(f"weekend days in range: {weekends}")
