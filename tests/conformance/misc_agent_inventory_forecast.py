# area: realistic agent script: forecast stock-outs from daily usage with moving averages, reorder points and lead times
ITEMS = {
    "gloves": {"stock": 120, "usage": [10, 12, 9, 14, 11, 13, 12], "lead": 5, "moq": 100},
    "masks": {"stock": 40, "usage": [8, 7, 9, 10, 8, 9, 11], "lead": 3, "moq": 50},
    "gowns": {"stock": 300, "usage": [2, 3, 1, 2, 4, 2, 3], "lead": 10, "moq": 20},
    "wipes": {"stock": 0, "usage": [5, 5, 5, 5, 5, 5, 5], "lead": 2, "moq": 30},
}
SAFETY_DAYS = 2
print(f"{'item':<7}{'stock':>6}{'avg/day':>8}{'days left':>10}{'reorder@':>9}  action")
plan = {}
for name, it in ITEMS.items():
    recent = it["usage"][-3:]
    avg = sum(recent) / len(recent)
    days_left = it["stock"] / avg if avg else float("inf")
    reorder_point = avg * (it["lead"] + SAFETY_DAYS)
    if it["stock"] <= reorder_point:
        need = avg * (it["lead"] + SAFETY_DAYS + 7) - it["stock"]
        qty = max(it["moq"], -(-int(need) // it["moq"]) * it["moq"])
        plan[name] = qty
        action = f"ORDER {qty}" + (" (stock-out before delivery!)" if days_left < it["lead"] else "")
    else:
        action = "ok"
    print(f"{name:<7}{it['stock']:>6}{avg:>8.1f}{days_left:>10.1f}{reorder_point:>9.1f}  {action}")
print("purchase plan:", plan, "total units:", sum(plan.values()))
trend = {n: "up" if sum(it["usage"][-3:]) > sum(it["usage"][:3]) else "flat/down" for n, it in ITEMS.items()}
print(trend)
