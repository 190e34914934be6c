# An agent-style job: turn a raw order export into a per-customer report.
#
# Run it:   cargo run --release -- run examples/agent_report.py
# As JSON:  cargo run --release -- run --json examples/agent_report.py
#
# The last line is an expression: its value is the job's result (see docs/USAGE.md).

ORDERS = """order_id,customer,item,qty,unit_price
1001,acme,widget,4,2.50
1002,globex,gadget,1,19.99
1003,acme,gizmo,2,7.25
1004,initech,widget,10,2.50
1005,globex,widget,3,2.50
1006,acme,gadget,one,19.99
1007,initech,gizmo,1,7.25
1008,umbrella,gadget,2,19.99
1009,globex,gizmo,5,7.25
"""


def parse_orders(text):
    """Parses the CSV-like export; returns (orders, problems)."""
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    orders = []
    problems = []
    for lineno, line in enumerate(lines[1:], start=2):
        row = dict(zip(header, line.split(",")))
        try:
            orders.append({
                "id": int(row["order_id"]),
                "customer": row["customer"],
                "item": row["item"],
                "qty": int(row["qty"]),
                "price": float(row["unit_price"]),
            })
        except (ValueError, KeyError) as e:
            problems.append(f"line {lineno}: {type(e).__name__}: {e}")
    return orders, problems


def summarise(orders):
    """Totals per customer: order count, units, revenue, distinct items."""
    per_customer = {}
    for o in orders:
        c = per_customer.setdefault(
            o["customer"], {"orders": 0, "units": 0, "revenue": 0.0, "items": set()}
        )
        c["orders"] += 1
        c["units"] += o["qty"]
        c["revenue"] += o["qty"] * o["price"]
        c["items"].add(o["item"])
    return per_customer


orders, problems = parse_orders(ORDERS)
per_customer = summarise(orders)
ranking = sorted(per_customer.items(), key=lambda kv: (-kv[1]["revenue"], kv[0]))
total = sum(c["revenue"] for c in per_customer.values())

print(f"{'customer':<10} {'orders':>6} {'units':>5} {'revenue':>9} {'share':>6}  items")
print("-" * 50)
for name, c in ranking:
    share = c["revenue"] / total
    items = ", ".join(sorted(c["items"]))
    print(f"{name:<10} {c['orders']:>6} {c['units']:>5} {c['revenue']:>9.2f} {share:>6.1%}  {items}")
print("-" * 50)
print(f"{'total':<10} {len(orders):>6} {sum(o['qty'] for o in orders):>5} {total:>9.2f}")
for p in problems:
    print("skipped", p)

top_name, top = ranking[0]
{
    "top_customer": top_name,
    "top_revenue": round(top["revenue"], 2),
    "total_revenue": round(total, 2),
    "customers": len(per_customer),
    "skipped_rows": len(problems),
}
