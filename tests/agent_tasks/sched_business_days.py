# task: compute delivery due dates by adding business days around weekends and public holidays
from datetime import date, timedelta

HOLIDAYS = {
    date(2024, 12, 24): "Christmas Eve",
    date(2024, 12, 25): "Christmas Day",
    date(2024, 12, 26): "Boxing Day",
    date(2025, 1, 1): "New Year's Day",
}


def is_business_day(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(start: date, n: int) -> date:
    step = 1 if n >= 0 else -1
    d, remaining = start, abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d):
            remaining -= 1
    return d


def business_days_between(a: date, b: date) -> int:
    if a > b:
        return -business_days_between(b, a)
    return sum(1 for i in range(1, (b - a).days + 1) if is_business_day(a + timedelta(days=i)))


ORDERS = [
    ("ORD-1", date(2024, 12, 18), 3, "standard"),
    ("ORD-2", date(2024, 12, 20), 2, "express"),
    ("ORD-3", date(2024, 12, 23), 5, "standard"),
    ("ORD-4", date(2024, 12, 27), 1, "express"),
    ("ORD-5", date(2024, 12, 21), 4, "standard"),
]
print(f"{'order':<7}{'placed':<13}{'days':>4}  {'due':<13}{'calendar days':>14}")
for oid, placed, days, tier in ORDERS:
    due = add_business_days(placed, days)
    skipped = [HOLIDAYS[placed + timedelta(days=i)] for i in range(1, (due - placed).days)
               if placed + timedelta(days=i) in HOLIDAYS]
    note = f" skips {', '.join(skipped)}" if skipped else ""
    print(f"{oid:<7}{placed:%a %b %d}   {days:>4}  {due:%a %b %d}   {(due - placed).days:>14}{note}")

print("business days Dec 20 -> Jan 3:", business_days_between(date(2024, 12, 20), date(2025, 1, 3)))
print("reverse:", business_days_between(date(2025, 1, 3), date(2024, 12, 20)))
print("10 business days before Jan 6:", add_business_days(date(2025, 1, 6), -10).isoformat())
december = [date(2024, 12, d) for d in range(1, 32)]
print("working days in December 2024:", sum(map(is_business_day, december)))
