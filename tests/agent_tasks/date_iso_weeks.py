# task: group commits by ISO year-week, handle year boundaries, and list each week's Monday-Sunday range
from collections import defaultdict
from datetime import date, timedelta

COMMITS = [
    ("2024-12-27", "fix build"), ("2024-12-30", "bump deps"), ("2024-12-31", "release 3.0"),
    ("2025-01-01", "hotfix"), ("2025-01-05", "docs"), ("2025-01-06", "feature A"),
    ("2025-01-08", "feature B"), ("2025-01-12", "refactor"), ("2025-01-13", "tests"),
    ("2021-01-03", "old commit"), ("2020-12-31", "older commit"),
]

by_week = defaultdict(list)
for day_str, msg in COMMITS:
    d = date.fromisoformat(day_str)
    iso = d.isocalendar()
    by_week[(iso.year, iso.week)].append((d, msg))

for (year, week), items in sorted(by_week.items()):
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    print(f"{year}-W{week:02d} ({monday:%b %d} - {sunday:%b %d, %Y}): {len(items)} commit(s)")
    for d, msg in sorted(items):
        print(f"    {d} {d:%a} {msg}")

print()
for y in (2020, 2021, 2024, 2025, 2026):
    dec28 = date(y, 12, 28)  # always in the last ISO week
    print(f"{y}: {dec28.isocalendar().week} ISO weeks, Jan 1 is in week "
          f"{date(y, 1, 1).isocalendar().week} of {date(y, 1, 1).isocalendar().year}")

d = date(2025, 1, 8)
print(d.isoformat(), "->", d.strftime("%G-W%V-%u"), "| isoweekday:", d.isoweekday(), "| weekday:", d.weekday())
