# Dataclass-heavy records: build many dataclass instances (with defaults, default_factory,
# a frozen key class, order=True), filter, group into dicts, sort by tuple keys,
# aggregate, use replace/asdict/astuple, and compare with ==.
from dataclasses import dataclass, field, replace, asdict, astuple
from collections import defaultdict


@dataclass(frozen=True, order=True)
class Region:
    country: str
    city: str


@dataclass
class Order:
    order_id: int
    customer: str
    region: Region
    amount_cents: int
    quantity: int = 1
    tags: list = field(default_factory=list)
    status: str = "open"

    def total(self):
        return self.amount_cents * self.quantity

    @property
    def is_big(self):
        return self.total() >= 50000


@dataclass(order=True)
class Summary:
    total: int
    count: int
    region: Region
    top_customer: str = ""


COUNTRIES = ["de", "fr", "us", "jp", "br"]
CITIES = ["alpha", "beta", "gamma", "delta"]
CUSTOMERS = ["c%03d" % i for i in range(97)]
STATUSES = ["open", "paid", "shipped", "cancelled"]


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return (self.state >> 8) % n


def build(n, rng):
    regions = [Region(c, t) for c in COUNTRIES for t in CITIES]
    orders = []
    for i in range(n):
        tags = []
        if rng.next(3) == 0:
            tags.append("gift")
        if rng.next(5) == 0:
            tags.append("express")
        orders.append(Order(
            order_id=i,
            customer=CUSTOMERS[rng.next(len(CUSTOMERS))],
            region=regions[rng.next(len(regions))],
            amount_cents=100 + rng.next(40000),
            quantity=1 + rng.next(4),
            tags=tags,
            status=STATUSES[rng.next(len(STATUSES))],
        ))
    return orders


def main():
    rng = LCG(99)
    orders = build(N, rng)

    live = [o for o in orders if o.status != "cancelled"]
    big = [o for o in live if o.is_big]

    by_region = defaultdict(list)
    for o in live:
        by_region[o.region].append(o)

    summaries = []
    for region, group in by_region.items():
        per_customer = {}
        for o in group:
            per_customer[o.customer] = per_customer.get(o.customer, 0) + o.total()
        top = max(per_customer.items(), key=lambda kv: (kv[1], kv[0]))[0]
        summaries.append(Summary(sum(o.total() for o in group), len(group), region, top))
    summaries.sort(reverse=True)

    ranked = sorted(live, key=lambda o: (o.region.country, -o.total(), o.customer, o.order_id))
    by_tuple = sorted(orders, key=lambda o: (o.status, o.quantity, o.amount_cents, o.order_id))
    region_order = sorted({o.region for o in orders})

    shipped = [replace(o, status="shipped") for o in big[:500]]
    same = sum(1 for a, b in zip(big, shipped) if a == b)
    dict_sum = 0
    for o in shipped[:200]:
        d = asdict(o)
        dict_sum += d["amount_cents"] + len(d["tags"]) + len(d["region"]["city"])
        t = astuple(o)
        dict_sum += t[0] % 7

    tag_counts = defaultdict(int)
    for o in live:
        for t in o.tags:
            tag_counts[t] += 1

    check = 0
    for o in ranked[:1000]:
        check = (check * 31 + o.order_id) % 1000000007
    for o in by_tuple[::97]:
        check = (check * 17 + o.order_id) % 1000000007

    print("records", N, len(live), len(big), same, dict_sum)
    print("top", summaries[0].region, summaries[0].total, summaries[0].count, summaries[0].top_customer)
    print("last", summaries[-1])
    print("regions", region_order[0], region_order[-1], len(region_order))
    print("tags", sorted(tag_counts.items()), check)


N = 40000
main()
