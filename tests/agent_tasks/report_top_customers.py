# task: rank customers by lifetime value from a JSON orders feed and print the top 5 with order stats
import heapq
import json
from collections import defaultdict

FEED = """{"orders": [
 {"order_id": 1, "customer": "alice", "total": 120.50, "items": 3},
 {"order_id": 2, "customer": "bob", "total": 35.00, "items": 1},
 {"order_id": 3, "customer": "carol", "total": 410.00, "items": 7},
 {"order_id": 4, "customer": "alice", "total": 80.25, "items": 2},
 {"order_id": 5, "customer": "dave", "total": 15.99, "items": 1},
 {"order_id": 6, "customer": "erin", "total": 260.00, "items": 4},
 {"order_id": 7, "customer": "bob", "total": 300.00, "items": 6},
 {"order_id": 8, "customer": "frank", "total": 99.99, "items": 2},
 {"order_id": 9, "customer": "carol", "total": 12.00, "items": 1},
 {"order_id": 10, "customer": "gina", "total": 335.00, "items": 5},
 {"order_id": 11, "customer": "erin", "total": 75.00, "items": 1}
]}"""

orders = json.loads(FEED)["orders"]
stats = defaultdict(lambda: {"total": 0.0, "orders": 0, "items": 0, "largest": 0.0})
for o in orders:
    s = stats[o["customer"]]
    s["total"] += o["total"]
    s["orders"] += 1
    s["items"] += o["items"]
    s["largest"] = max(s["largest"], o["total"])

top = heapq.nlargest(5, stats.items(), key=lambda kv: kv[1]["total"])
grand_total = sum(s["total"] for s in stats.values())

print(f"Top 5 of {len(stats)} customers by lifetime value")
print(f"{'#':>2}  {'customer':<9}{'ltv':>9}{'orders':>8}{'avg':>9}{'largest':>9}")
cumulative = 0.0
for rank, (name, s) in enumerate(top, start=1):
    cumulative += s["total"]
    avg = s["total"] / s["orders"]
    print(f"{rank:>2}. {name:<9}{s['total']:>9.2f}{s['orders']:>8}{avg:>9.2f}{s['largest']:>9.2f}")
print(f"top 5 account for {cumulative / grand_total:.1%} of {grand_total:.2f} revenue")
