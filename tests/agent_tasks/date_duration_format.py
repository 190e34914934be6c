# task: format timedeltas as human-readable durations and relative times ("3 hours ago", "in 2 days")
from datetime import datetime, timedelta

NOW = datetime(2024, 7, 1, 12, 0, 0)

UNITS = [
    ("year", timedelta(days=365)),
    ("month", timedelta(days=30)),
    ("week", timedelta(weeks=1)),
    ("day", timedelta(days=1)),
    ("hour", timedelta(hours=1)),
    ("minute", timedelta(minutes=1)),
    ("second", timedelta(seconds=1)),
]


def humanize(delta: timedelta, parts: int = 2) -> str:
    seconds = abs(delta)
    pieces = []
    for name, size in UNITS:
        count, seconds = divmod(seconds, size)
        if count:
            pieces.append(f"{count} {name}{'s' if count != 1 else ''}")
        if len(pieces) == parts:
            break
    return ", ".join(pieces) or "0 seconds"


def relative(moment: datetime, now: datetime = NOW) -> str:
    delta = moment - now
    if abs(delta) < timedelta(seconds=45):
        return "just now"
    text = humanize(delta, parts=1)
    return f"in {text}" if delta > timedelta(0) else f"{text} ago"


def clock(delta: timedelta) -> str:
    total = int(delta.total_seconds())
    sign = "-" if total < 0 else ""
    h, rem = divmod(abs(total), 3600)
    m, s = divmod(rem, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"


EVENTS = {
    "deploy": NOW - timedelta(hours=3, minutes=12),
    "last login": NOW - timedelta(seconds=20),
    "trial ends": NOW + timedelta(days=2, hours=5),
    "contract signed": NOW - timedelta(days=400),
    "next review": NOW + timedelta(weeks=6),
    "backup": NOW - timedelta(minutes=1, seconds=30),
}
for name, when in EVENTS.items():
    print(f"{name:<16} {when:%Y-%m-%d %H:%M}  {relative(when):<16} |{clock(when - NOW):>12} | {humanize(when - NOW, 3)}")

print()
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=500000)
print("str:", td, "| total_seconds:", td.total_seconds(), "| days/seconds:", td.days, td.seconds)
print("negative:", timedelta(hours=-1), "| divide:", td / 2, "| floor div by hour:", td // timedelta(hours=1))
print("repr:", repr(timedelta(minutes=90)))
