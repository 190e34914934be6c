# task: prorate subscription plan changes mid-cycle by day, producing credit and charge lines in cents
from datetime import date, timedelta
from dataclasses import dataclass

PLANS = {"starter": 1900, "team": 4900, "business": 12900}  # monthly price in cents


@dataclass
class Change:
    customer: str
    cycle_start: date
    change_day: date
    old_plan: str
    new_plan: str


def cycle_end(start: date) -> date:
    month = start.month % 12 + 1
    year = start.year + (start.month == 12)
    return date(year, month, start.day)


def prorate(price_cents: int, days_used: int, days_in_cycle: int) -> int:
    # round half up in integer arithmetic
    return (price_cents * days_used * 2 + days_in_cycle) // (2 * days_in_cycle)


CHANGES = [
    Change("acme", date(2024, 2, 1), date(2024, 2, 15), "starter", "team"),
    Change("bolt", date(2024, 3, 10), date(2024, 3, 11), "business", "starter"),
    Change("cora", date(2024, 1, 20), date(2024, 2, 19), "team", "business"),
    Change("dyna", date(2024, 4, 5), date(2024, 4, 5), "team", "team"),
]

for ch in CHANGES:
    end = cycle_end(ch.cycle_start)
    total_days = (end - ch.cycle_start).days
    remaining = (end - ch.change_day).days
    print(f"{ch.customer}: {ch.old_plan} -> {ch.new_plan} on {ch.change_day} "
          f"(cycle {ch.cycle_start}..{end - timedelta(days=1)}, {remaining}/{total_days} days left)")
    if ch.old_plan == ch.new_plan:
        print("    no change, nothing to bill")
        continue
    credit = prorate(PLANS[ch.old_plan], remaining, total_days)
    charge = prorate(PLANS[ch.new_plan], remaining, total_days)
    net = charge - credit
    print(f"    credit unused {ch.old_plan:<9} {-credit / 100:>8.2f}")
    print(f"    charge {ch.new_plan:<16} {charge / 100:>+8.2f}")
    label = "due now" if net > 0 else "credit to balance"
    print(f"    net {label}: {abs(net) / 100:.2f}")
leap = cycle_end(date(2024, 2, 1)) - date(2024, 2, 1)
print(f"February 2024 cycle has {leap.days} days")
