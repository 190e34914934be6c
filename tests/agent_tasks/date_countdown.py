# task: compute countdowns to upcoming deadlines and anniversaries from a fixed current date
from datetime import date, datetime, timedelta

TODAY = date(2024, 11, 20)
EVENTS = [
    ("Project kickoff", "2024-11-25", False),
    ("Tax filing", "2025-04-15", False),
    ("Company founded", "2016-12-01", True),
    ("Leap-day birthday", "1996-02-29", True),
    ("Expired licence", "2024-10-31", False),
    ("Today's demo", "2024-11-20", False),
]


def next_occurrence(d: date, today: date) -> date:
    year = today.year
    while True:
        try:
            candidate = d.replace(year=year)
        except ValueError:
            candidate = date(year, 2, 28)
        if candidate >= today:
            return candidate
        year += 1


rows = []
for name, iso, yearly in EVENTS:
    d = datetime.strptime(iso, "%Y-%m-%d").date()
    target = next_occurrence(d, TODAY) if yearly else d
    days = (target - TODAY).days
    note = ""
    if yearly:
        note = f"{target.year - d.year} years"
    rows.append((days, name, target, note))

for days, name, target, note in sorted(rows):
    if days < 0:
        status = f"{-days} days overdue"
    elif days == 0:
        status = "TODAY"
    else:
        weeks, rem = divmod(days, 7)
        status = f"in {days} days" + (f" ({weeks}w {rem}d)" if weeks else "")
    print(f"{name:<18} {target:%a %d %b %Y}  {status:<22} {note}")

end_of_year = date(TODAY.year, 12, 31)
print()
print(f"days left in {TODAY.year}: {(end_of_year - TODAY).days}")
print(f"day {TODAY.timetuple().tm_yday} of the year, {TODAY.timetuple().tm_yday / 366:.1%} done (leap year)")
fridays = sum(1 for i in range((end_of_year - TODAY).days + 1) if (TODAY + timedelta(i)).weekday() == 4)
print("Fridays remaining this year:", fridays)
