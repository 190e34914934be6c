# task: calculate quarterly sales commissions with accelerators above quota, clawbacks and a capped payout
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Rep:
    name: str
    quota_cents: int
    base_rate_bp: int


REPS = {r.name: r for r in [Rep("nina", 150_000_00, 800), Rep("omar", 120_000_00, 1000), Rep("pia", 200_000_00, 700)]}
DEALS = [
    ("nina", "D-1", 62_000_00, "closed"), ("nina", "D-2", 71_500_00, "closed"),
    ("nina", "D-3", 40_000_00, "closed"), ("omar", "D-4", 35_000_00, "closed"),
    ("omar", "D-5", 48_250_00, "churned"), ("omar", "D-6", 22_000_00, "closed"),
    ("pia", "D-7", 150_000_00, "closed"), ("pia", "D-8", 95_000_00, "closed"),
    ("pia", "D-9", 30_000_00, "closed"),
]
ACCELERATOR = 1.5
CAP_CENTS = 30_000_00


def commission(rep: Rep, booked: int) -> tuple[int, int]:
    within = min(booked, rep.quota_cents)
    above = max(0, booked - rep.quota_cents)
    base = within * rep.base_rate_bp // 10000
    accel = round(above * rep.base_rate_bp * ACCELERATOR / 10000)
    return base, accel


booked = defaultdict(int)
clawback = defaultdict(int)
for rep, deal, cents, status in DEALS:
    if status == "closed":
        booked[rep] += cents
    else:
        # churned deals were paid last quarter at base rate; claw it back
        clawback[rep] += cents * REPS[rep].base_rate_bp // 10000

print(f"{'rep':<6}{'booked':>13}{'attain':>8}{'base':>11}{'accel':>11}{'clawback':>11}{'payout':>11}")
for name, rep in REPS.items():
    base, accel = commission(rep, booked[name])
    gross = base + accel - clawback[name]
    payout = min(gross, CAP_CENTS)
    capped = " (capped)" if payout < gross else ""
    print(f"{name:<6}{booked[name] / 100:>13,.2f}{booked[name] / rep.quota_cents:>8.0%}"
          f"{base / 100:>11,.2f}{accel / 100:>11,.2f}{-clawback[name] / 100:>11,.2f}{payout / 100:>11,.2f}{capped}")
total = sum(min(sum(commission(r, booked[n])) - clawback[n], CAP_CENTS) for n, r in REPS.items())
print(f"total commission liability: {total / 100:,.2f}")
