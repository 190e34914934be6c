# task: compute exact ages in years, months and days from birthdates as of a fixed reference date
from datetime import date
from dataclasses import dataclass

TODAY = date(2024, 3, 15)

PEOPLE = [
    ("Alice", "1990-07-04"),
    ("Bruno", "2000-02-29"),
    ("Chen", "2024-03-15"),
    ("Dina", "1985-03-16"),
    ("Emil", "2010-12-31"),
    ("Faye", "2025-01-01"),
]


@dataclass(frozen=True)
class Age:
    years: int
    months: int
    days: int

    def __str__(self):
        return f"{self.years}y {self.months}m {self.days}d"


def days_in_month(year: int, month: int) -> int:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days


def age_on(birth: date, ref: date) -> Age:
    if birth > ref:
        raise ValueError(f"birth date {birth} is in the future")
    years = ref.year - birth.year
    months = ref.month - birth.month
    days = ref.day - birth.day
    if days < 0:
        months -= 1
        prev_month = ref.month - 1 or 12
        prev_year = ref.year if ref.month > 1 else ref.year - 1
        days += days_in_month(prev_year, prev_month)
    if months < 0:
        years -= 1
        months += 12
    return Age(years, months, days)


def next_birthday(birth: date, ref: date) -> date:
    for year in (ref.year, ref.year + 1, ref.year + 2):
        try:
            candidate = birth.replace(year=year)
        except ValueError:  # Feb 29 in a non-leap year -> celebrate on Mar 1
            candidate = date(year, 3, 1)
        if candidate >= ref:
            return candidate
    raise RuntimeError("unreachable")


print(f"as of {TODAY:%A, %d %B %Y}")
for name, iso in PEOPLE:
    born = date.fromisoformat(iso)
    try:
        age = age_on(born, TODAY)
    except ValueError as e:
        print(f"{name:<6} error: {e}")
        continue
    nb = next_birthday(born, TODAY)
    when = "today!" if nb == TODAY else f"in {(nb - TODAY).days} days ({nb:%b %d})"
    adult = "adult" if age.years >= 18 else "minor"
    print(f"{name:<6} born {born}  age {str(age):<12} {adult:<5}  next birthday {when}")

print("days alive (Alice):", (TODAY - date(1990, 7, 4)).days)
