# task: bill and rate-check API usage per key from a request log: calls per endpoint tier, quota use, overage
from collections import defaultdict, Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    name: str
    monthly_quota: int
    overage_per_1k: float


PLANS = {"free": Plan("free", 1000, 0.0), "starter": Plan("starter", 5000, 2.00), "scale": Plan("scale", 50000, 0.80)}
KEYS = {"key_a1": ("acme", "starter"), "key_b2": ("bolt", "free"), "key_c3": ("cargo", "scale")}
WEIGHTS = {"/search": 1, "/embed": 5, "/generate": 10}
REQUEST_LOG = [
    ("key_a1", "/search", 3200), ("key_a1", "/embed", 400), ("key_a1", "/generate", 35),
    ("key_b2", "/search", 700), ("key_b2", "/generate", 40), ("key_b2", "/embed", 2),
    ("key_c3", "/generate", 3100), ("key_c3", "/search", 12000), ("key_x9", "/search", 5),
]

usage: dict[str, Counter] = defaultdict(Counter)
unknown = Counter()
for key, endpoint, count in REQUEST_LOG:
    if key not in KEYS:
        unknown[key] += count
        continue
    usage[key][endpoint] += count

print(f"{'customer':<10}{'plan':<9}{'calls':>7}{'units':>8}{'quota':>8}{'used':>7}{'overage $':>11}")
invoice_total = 0.0
for key, (customer, plan_name) in KEYS.items():
    plan = PLANS[plan_name]
    calls = sum(usage[key].values())
    units = sum(WEIGHTS[ep] * n for ep, n in usage[key].items())
    over_units = max(0, units - plan.monthly_quota)
    overage = round(over_units / 1000 * plan.overage_per_1k, 2)
    invoice_total += overage
    used = units / plan.monthly_quota
    marker = " THROTTLE" if plan.overage_per_1k == 0 and over_units else ""
    print(f"{customer:<10}{plan.name:<9}{calls:>7,}{units:>8,}{plan.monthly_quota:>8,}{used:>7.0%}{overage:>11.2f}{marker}")
print(f"total overage billed: ${invoice_total:,.2f}")
for key, n in unknown.items():
    print(f"warning: {n} calls with unknown key {key}")
