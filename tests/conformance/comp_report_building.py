# area: comp: building report rows with comprehensions over JSON-like data, conditional expressions and nested filters
orders = [
    {"id": 1, "customer": "acme", "lines": [{"sku": "A", "qty": 2, "price": 10.0}, {"sku": "B", "qty": 1, "price": 99.0}], "status": "paid"},
    {"id": 2, "customer": "beta", "lines": [{"sku": "A", "qty": 10, "price": 9.5}], "status": "refunded"},
    {"id": 3, "customer": "acme", "lines": [], "status": "draft"},
    {"id": 4, "customer": "core", "lines": [{"sku": "C", "qty": 3, "price": 5.25}, {"sku": "A", "qty": 1, "price": 10.0}], "status": "paid"},
]
totals = {o["id"]: sum(l["qty"] * l["price"] for l in o["lines"]) for o in orders}
print(totals)
paid = [o for o in orders if o["status"] == "paid"]
print([(o["id"], o["customer"]) for o in paid])
skus = sorted({l["sku"] for o in orders for l in o["lines"]})
qty_by_sku = {s: sum(l["qty"] for o in paid for l in o["lines"] if l["sku"] == s) for s in skus}
print(qty_by_sku)
customers = {o["customer"] for o in orders}
print({c: [o["id"] for o in orders if o["customer"] == c] for c in sorted(customers)})
rows = [f"#{o['id']:<3}{o['customer']:<6}{totals[o['id']]:>8.2f} {'*' if totals[o['id']] > 100 else ''}" for o in orders]
print("\n".join(rows))
flags = [("empty" if not o["lines"] else "big" if totals[o["id"]] > 100 else "ok") for o in orders]
print(flags)
matrix = [[l["qty"] if l["sku"] == s else 0 for s in skus] for o in orders for l in o["lines"]]
print(matrix, [sum(col) for col in zip(*matrix)])
print(any(l["price"] > 50 for o in orders for l in o["lines"]), [o["id"] for o in orders if all(l["qty"] > 1 for l in o["lines"])])
