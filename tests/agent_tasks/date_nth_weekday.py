# task: compute floating holidays like "4th Thursday of November" and "last Monday of May" for several years
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
MONTHS = {date(2000, m, 1).strftime("%B").lower(): m for m in range(1, 13)}


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        result = first + timedelta(days=offset + 7 * (n - 1))
        if result.month != month:
            raise ValueError(f"there is no {n}th {WEEKDAYS[weekday]} in {first:%B %Y}")
        return result
    nxt = date(year + month // 12, month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def parse_rule(rule: str):
    ordinal, weekday, _of, month = rule.lower().split()
    return MONTHS[month], WEEKDAYS.index(weekday), ORDINALS[ordinal]


RULES = {
    "Thanksgiving (US)": "fourth Thursday of November",
    "Memorial Day (US)": "last Monday of May",
    "Labor Day (US)": "first Monday of September",
    "Mother's Day (US)": "second Sunday of May",
    "Fifth Friday test": "fifth Friday of February",
}

years = [2023, 2024, 2025]
print(f"{'holiday':<20}" + "".join(f"{y:>14}" for y in years))
for name, rule in RULES.items():
    month, weekday, n = parse_rule(rule)
    cells = []
    for y in years:
        try:
            cells.append(nth_weekday(y, month, weekday, n).strftime("%a %b %d"))
        except ValueError:
            cells.append("-")
    print(f"{name:<20}" + "".join(f"{c:>14}" for c in cells))

try:
    nth_weekday(2023, 2, 4, 5)
except ValueError as e:
    print("error:", e)

d = nth_weekday(2024, 11, 3, 4)
print(f"Black Friday 2024: {d + timedelta(days=1)}; Cyber Monday: {d + timedelta(days=4)}")
all_fridays_13 = [date(2024, m, 13) for m in range(1, 13) if date(2024, m, 13).weekday() == 4]
print("Friday the 13th in 2024:", ", ".join(d.strftime("%B") for d in all_fridays_13))
