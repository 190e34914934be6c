# Agent-style data wrangling: build nested dict/list records (like a decoded
# JSON API response), query/filter/group them, and serialise a summary to a
# JSON-like string by hand (no json module).


def lcg(state):
    return (state * 1103515245 + 12345) % 2147483648


def build_users(n, seed):
    users = []
    s = seed
    tag_names = ["admin", "beta", "pro", "trial", "eu", "us", "apac"]
    for uid in range(n):
        s = lcg(s)
        orders = []
        for k in range(s % 6):
            s = lcg(s)
            orders.append(
                {
                    "sku": f"SKU-{s % 500:04d}",
                    "qty": 1 + s % 4,
                    "price": (s % 10000) / 100.0,
                    "shipped": s % 3 != 0,
                }
            )
        s = lcg(s)
        tags = [tag_names[(s // (j + 1)) % len(tag_names)] for j in range(s % 3 + 1)]
        users.append(
            {
                "id": uid,
                "name": f"user_{uid}",
                "tags": tags,
                "orders": orders,
                "meta": {"score": s % 100, "region": tags[0], "active": s % 5 != 0},
            }
        )
    return {"status": "ok", "count": n, "data": {"users": users}}


def summarize(resp):
    users = resp["data"]["users"]
    by_region = {}
    sku_qty = {}
    revenue = 0.0
    active = 0
    for u in users:
        meta = u["meta"]
        if not meta["active"]:
            continue
        active = active + 1
        region = meta["region"]
        entry = by_region.get(region)
        if entry is None:
            entry = {"users": 0, "orders": 0, "revenue": 0.0, "tags": {}}
            by_region[region] = entry
        entry["users"] = entry["users"] + 1
        for t in u["tags"]:
            entry["tags"][t] = entry["tags"].get(t, 0) + 1
        for o in u["orders"]:
            if not o["shipped"]:
                continue
            amount = o["qty"] * o["price"]
            entry["orders"] = entry["orders"] + 1
            entry["revenue"] = entry["revenue"] + amount
            revenue = revenue + amount
            sku_qty[o["sku"]] = sku_qty.get(o["sku"], 0) + o["qty"]
    top = sorted(sku_qty.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return {
        "active": active,
        "revenue": revenue,
        "regions": by_region,
        "top_skus": [{"sku": k, "qty": v} for k, v in top],
    }


def dump_tags(tags):
    keys = sorted(tags.keys())
    return "{" + ", ".join([f'"{k}": {tags[k]}' for k in keys]) + "}"


def dump_region(name, r):
    head = f'"{name}": {{"users": {r["users"]}, "orders": {r["orders"]}, '
    return head + f'"revenue": {r["revenue"]:.2f}, "tags": {dump_tags(r["tags"])}}}'


def dump(summary):
    regions = summary["regions"]
    region_parts = [dump_region(k, regions[k]) for k in sorted(regions.keys())]
    skus = [f'{{"sku": "{t["sku"]}", "qty": {t["qty"]}}}' for t in summary["top_skus"]]
    return (
        f'{{"active": {summary["active"]}, "revenue": {summary["revenue"]:.2f}, '
        + '"regions": {'
        + ", ".join(region_parts)
        + '}, "top_skus": ['
        + ", ".join(skus)
        + "]}"
    )


ALPHABET = " \"{}[]:,._-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
total_len = 0
check = 0
text = ""
for rnd in range(9):
    resp = build_users(8000, rnd + 7)
    text = dump(summarize(resp))
    total_len = total_len + len(text)
    for ch in text:
        check = (check * 131 + ALPHABET.find(ch) + 2) % 1000000007
print(total_len, check)
print(text[:120])
