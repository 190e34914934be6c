# task: render a month calendar grid (like `cal`) with marked events, without the calendar module
from datetime import date, timedelta

EVENTS = {
    date(2024, 2, 5): "sprint start",
    date(2024, 2, 14): "release",
    date(2024, 2, 19): "sprint start",
    date(2024, 2, 29): "leap day party",
    date(2024, 3, 1): "out of month",
}


def month_grid(year: int, month: int, first_weekday: int = 0):
    """Yield weeks as lists of dates (or None for padding); first_weekday 0=Monday, 6=Sunday."""
    first = date(year, month, 1)
    next_month = date(year + month // 12, month % 12 + 1, 1)
    pad = (first.weekday() - first_weekday) % 7
    days = [None] * pad + [first + timedelta(i) for i in range((next_month - first).days)]
    days += [None] * (-len(days) % 7)
    for i in range(0, len(days), 7):
        yield days[i:i + 7]


def render(year, month, first_weekday=0):
    names = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    header = names[first_weekday:] + names[:first_weekday]
    title = date(year, month, 1).strftime("%B %Y")
    lines = [title.center(27), " ".join(f"{h:>3}" for h in header)]
    for week in month_grid(year, month, first_weekday):
        cells = []
        for d in week:
            if d is None:
                cells.append("   ")
            else:
                cells.append(f"{d.day:>2}{'*' if d in EVENTS else ' '}")
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines)


print(render(2024, 2))
print()
print(render(2024, 2, first_weekday=6))
print()
for d, what in sorted(EVENTS.items()):
    if d.month == 2:
        print(f"  * {d:%a %d}: {what}")
weeks = list(month_grid(2024, 2))
print(f"{len(weeks)} week rows; weekdays in Feb 2024:",
      sum(1 for w in weeks for d in w if d and d.weekday() < 5))
