# task: compute trial ends, renewal dates and upcoming reminders for subscriptions with different plans
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

TODAY = date(2024, 8, 20)


class Plan(Enum):
    MONTHLY = ("monthly", 1)
    QUARTERLY = ("quarterly", 3)
    ANNUAL = ("annual", 12)

    def __init__(self, label, months):
        self.label = label
        self.months = months


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError


@dataclass
class Subscription:
    customer: str
    plan: Plan
    signup: date
    trial_days: int = 14
    cancelled: bool = False

    @property
    def trial_end(self) -> date:
        return self.signup + timedelta(days=self.trial_days)

    def next_renewal(self, today: date) -> date | None:
        if self.cancelled:
            return None
        renewal, n = self.trial_end, 0
        while renewal <= today:
            n += 1
            renewal = add_months(self.trial_end, n * self.plan.months)
        return renewal


SUBS = [
    Subscription("acme", Plan.MONTHLY, date(2024, 7, 17)),
    Subscription("globex", Plan.ANNUAL, date(2023, 9, 1), trial_days=30),
    Subscription("initech", Plan.QUARTERLY, date(2024, 1, 17), trial_days=0),
    Subscription("hooli", Plan.MONTHLY, date(2024, 8, 10)),
    Subscription("vandelay", Plan.ANNUAL, date(2022, 5, 5), cancelled=True),
]

print(f"today: {TODAY}")
for sub in sorted(SUBS, key=lambda s: s.next_renewal(TODAY) or date.max):
    renewal = sub.next_renewal(TODAY)
    in_trial = sub.trial_end > TODAY
    if renewal is None:
        print(f"{sub.customer:<9} {sub.plan.label:<10} cancelled")
        continue
    days = (renewal - TODAY).days
    remind = "REMIND" if days <= 7 else ""
    trial = f"trial until {sub.trial_end}" if in_trial else "paying"
    print(f"{sub.customer:<9} {sub.plan.label:<10} {trial:<22} renews {renewal} (in {days:>3} d) {remind}")

print("plans:", [(p.name, p.label, p.months) for p in Plan])
print("lookup by value:", Plan(("annual", 12)).name)
