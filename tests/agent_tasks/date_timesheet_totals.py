# task: total clock-in/clock-out timesheet entries per person and ISO week, flagging overtime and bad rows
from collections import defaultdict
from datetime import datetime, timedelta

TIMESHEET = """\
ana,2024-03-04,08:55,17:10
ana,2024-03-05,09:05,18:45
ana,2024-03-06,22:00,02:30
ben,2024-03-04,10:00,14:00
ben,2024-03-07,09:00,17:00
ana,2024-03-11,09:00,17:00
ben,2024-03-11,9:30,16:15
cy,2024-03-05,13:00,12:00x
ana,2024-03-08,08:00,20:30
"""

DAILY_LIMIT = timedelta(hours=10)
WEEKLY_TARGET = timedelta(hours=32)

weekly = defaultdict(timedelta)
flags = []
for lineno, line in enumerate(TIMESHEET.splitlines(), 1):
    name, day, t_in, t_out = line.split(",")
    try:
        start = datetime.strptime(f"{day} {t_in}", "%Y-%m-%d %H:%M")
        end = datetime.strptime(f"{day} {t_out}", "%Y-%m-%d %H:%M")
    except ValueError as e:
        flags.append(f"line {lineno}: {e}")
        continue
    if end <= start:  # shift crosses midnight
        end += timedelta(days=1)
    worked = end - start
    if worked > DAILY_LIMIT:
        flags.append(f"line {lineno}: {name} worked {worked} on {start:%a %d %b} (over {DAILY_LIMIT})")
    year, week, _ = start.isocalendar()
    weekly[(name, year, week)] += worked


def hm(td: timedelta) -> str:
    minutes = int(td.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}"


print(f"{'person':<7}{'week':<10}{'hours':>7}{'vs target':>11}")
for (name, year, week), total in sorted(weekly.items()):
    diff = total - WEEKLY_TARGET
    sign = "+" if diff >= timedelta(0) else "-"
    print(f"{name:<7}{year}-W{week:02d}  {hm(total):>7}{sign + hm(abs(diff)):>11}")

per_person = defaultdict(timedelta)
for (name, _, _), total in weekly.items():
    per_person[name] += total
print()
for name, total in sorted(per_person.items(), key=lambda kv: -kv[1]):
    print(f"{name}: {total.total_seconds() / 3600:.2f} h total")
print()
for f in flags:
    print("flag:", f)
