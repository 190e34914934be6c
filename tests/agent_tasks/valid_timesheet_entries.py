# task: validate weekly timesheet entries: time formats, overlapping shifts, daily/weekly hour caps and break rules
from datetime import datetime, timedelta
from itertools import groupby

ENTRIES = [
    ("mon", "09:00", "12:30", "ACME-1"),
    ("mon", "13:00", "17:45", "ACME-1"),
    ("tue", "08:30", "17:30", "INT-7"),
    ("wed", "09:00", "11:00", "ACME-1"),
    ("wed", "10:30", "12:00", "INT-7"),
    ("thu", "22:00", "06:00", "OPS-2"),
    ("fri", "09:00", "25:00", "ACME-1"),
    ("fri", "09:15", "09:15", "INT-7"),
    ("sat", "10:00", "14:00", ""),
]
DAILY_MAX = timedelta(hours=10)
WEEKLY_MAX = timedelta(hours=40)
BREAK_AFTER = timedelta(hours=6)

issues = []
parsed = []
for idx, (day, start, end, project) in enumerate(ENTRIES, 1):
    try:
        t0 = datetime.strptime(start, "%H:%M")
        t1 = datetime.strptime(end, "%H:%M")
    except ValueError as e:
        issues.append(f"entry {idx} ({day}): bad time - {e}")
        continue
    if t1 <= t0:
        if t1 < t0:
            t1 += timedelta(days=1)  # overnight shift
        else:
            issues.append(f"entry {idx} ({day}): zero-length entry")
            continue
    if not project:
        issues.append(f"entry {idx} ({day}): missing project code")
    parsed.append((day, t0, t1, project, idx))

week_total = timedelta()
for day, group in groupby(parsed, key=lambda e: e[0]):
    shifts = sorted(group, key=lambda e: e[1])
    for a, b in zip(shifts, shifts[1:]):
        if b[1] < a[2]:
            issues.append(f"{day}: entries {a[4]} and {b[4]} overlap by {(a[2] - b[1])}")
    total = sum((s[2] - s[1] for s in shifts), timedelta())
    longest = max(s[2] - s[1] for s in shifts)
    if total > DAILY_MAX:
        issues.append(f"{day}: {total} exceeds daily max {DAILY_MAX}")
    if longest > BREAK_AFTER:
        issues.append(f"{day}: continuous block of {longest} without a break")
    week_total += total
    print(f"{day}: {len(shifts)} entr{'y' if len(shifts) == 1 else 'ies'}, {total.total_seconds() / 3600:.2f} h")

print(f"week: {week_total.total_seconds() / 3600:.2f} h (cap {WEEKLY_MAX.total_seconds() / 3600:.0f} h)")
if week_total > WEEKLY_MAX:
    issues.append(f"week total over cap by {week_total - WEEKLY_MAX}")
print(f"{len(issues)} issue(s):")
for issue in issues:
    print(" -", issue)
