# task: show daily signups with running totals, 7-day moving average and week-over-week change
from itertools import accumulate, islice
from collections import deque
from datetime import date, timedelta

START = date(2024, 11, 1)
DAILY = [14, 9, 11, 20, 25, 7, 5, 18, 12, 16, 22, 30, 8, 6, 21, 19]


def moving_average(values, window):
    buf = deque(maxlen=window)
    for v in values:
        buf.append(v)
        yield sum(buf) / len(buf) if len(buf) == window else None


running = list(accumulate(DAILY))
ma7 = list(moving_average(DAILY, 7))
print(f"{'date':<11}{'day':<4}{'new':>5}{'total':>7}{'7d avg':>8}{'wow':>8}")
for i, (n, total, avg) in enumerate(zip(DAILY, running, ma7)):
    day = START + timedelta(days=i)
    wow = ""
    if i >= 7 and DAILY[i - 7]:
        wow = f"{(n - DAILY[i - 7]) / DAILY[i - 7]:+.0%}"
    avg_s = f"{avg:.1f}" if avg is not None else "-"
    print(f"{day.isoformat():<11}{day:%a} {n:>5}{total:>7}{avg_s:>8}{wow:>8}")

weeks = [DAILY[i:i + 7] for i in range(0, len(DAILY), 7)]
print()
for i, week in enumerate(weeks, 1):
    label = "partial" if len(week) < 7 else "full"
    print(f"week {i} ({label}): {sum(week)} signups, best day {max(week)}")
best_streak = max(accumulate(DAILY, lambda acc, x: acc + 1 if x >= 15 else 0, initial=0))
print(f"longest run of days with 15+ signups: {best_streak}")
print("first three totals:", list(islice(running, 3)))
