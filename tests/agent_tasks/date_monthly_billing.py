# task: generate monthly billing dates anchored to a signup day, clamping to month ends and prorating
from datetime import date, timedelta


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - timedelta(days=1)).day


def add_months(d: date, months: int, anchor_day: int | None = None) -> date:
    anchor_day = anchor_day or d.day
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(anchor_day, days_in_month(year, month)))


SUBSCRIPTIONS = [
    ("acme", date(2024, 1, 31), 30.00),
    ("globex", date(2023, 11, 30), 12.50),
    ("initech", date(2024, 2, 29), 99.00),
    ("umbrella", date(2024, 3, 15), 45.00),
]

for name, signup, price in SUBSCRIPTIONS:
    dates = [add_months(signup, i, anchor_day=signup.day) for i in range(6)]
    print(f"{name:<9} signup {signup} (${price:.2f}/mo)")
    print("   bills:", ", ".join(d.strftime("%b %d") for d in dates))
    clamped = [d for d in dates if d.day != signup.day]
    if clamped:
        print("   clamped to month end:", ", ".join(d.isoformat() for d in clamped))

print()
# prorate an upgrade from 'basic' to 'pro' in the middle of a billing period
period_start, period_end = date(2024, 3, 15), add_months(date(2024, 3, 15), 1)
upgrade_day = date(2024, 3, 27)
basic, pro = 20.0, 50.0
period_days = (period_end - period_start).days
remaining = (period_end - upgrade_day).days
credit = basic * remaining / period_days
charge = pro * remaining / period_days
print(f"period {period_start} -> {period_end} ({period_days} days), upgrade on {upgrade_day}, {remaining} days left")
print(f"credit {credit:.2f}, new charge {charge:.2f}, due now {charge - credit:.2f}")

leap_years = [y for y in range(2023, 2030) if days_in_month(y, 2) == 29]
print("leap years 2023-2029:", leap_years)
print("add_months(2024-01-31, -2) =", add_months(date(2024, 1, 31), -2))
