# task: produce a reorder report for items below their reorder point, with days of cover and suggested quantities
import math
from typing import TypedDict


class Item(TypedDict):
    sku: str
    name: str
    on_hand: int
    daily_usage: float
    reorder_point: int
    lead_time_days: int
    pack_size: int


INVENTORY: list[Item] = [
    {"sku": "P-001", "name": "Printer paper A4", "on_hand": 40, "daily_usage": 6.5, "reorder_point": 50, "lead_time_days": 3, "pack_size": 10},
    {"sku": "P-002", "name": "Toner black", "on_hand": 3, "daily_usage": 0.4, "reorder_point": 4, "lead_time_days": 7, "pack_size": 1},
    {"sku": "P-003", "name": "Sticky notes", "on_hand": 120, "daily_usage": 5, "reorder_point": 60, "lead_time_days": 2, "pack_size": 12},
    {"sku": "P-004", "name": "Coffee beans 1kg", "on_hand": 2, "daily_usage": 1.5, "reorder_point": 6, "lead_time_days": 4, "pack_size": 6},
    {"sku": "P-005", "name": "Whiteboard markers", "on_hand": 0, "daily_usage": 0.8, "reorder_point": 5, "lead_time_days": 5, "pack_size": 4},
    {"sku": "P-006", "name": "Batteries AA", "on_hand": 48, "daily_usage": 0, "reorder_point": 10, "lead_time_days": 3, "pack_size": 24},
]
TARGET_DAYS = 14


def days_of_cover(item: Item) -> float:
    return math.inf if item["daily_usage"] == 0 else item["on_hand"] / item["daily_usage"]


def suggested_qty(item: Item) -> int:
    need = item["daily_usage"] * (TARGET_DAYS + item["lead_time_days"]) - item["on_hand"]
    packs = math.ceil(max(need, 0) / item["pack_size"])
    return packs * item["pack_size"]


low = [i for i in INVENTORY if i["on_hand"] < i["reorder_point"]]
low.sort(key=days_of_cover)

print(f"REORDER REPORT - {len(low)} of {len(INVENTORY)} items below reorder point")
print(f"{'sku':<6} {'item':<20} {'on hand':>7} {'cover':>7} {'lead':>5} {'order':>6}")
for item in low:
    cover = days_of_cover(item)
    urgent = "!" if cover < item["lead_time_days"] else " "
    print(f"{item['sku']:<6} {item['name']:<20} {item['on_hand']:>7} {cover:>6.1f}d "
          f"{item['lead_time_days']:>4}d {suggested_qty(item):>6}{urgent}")
print("! = stock runs out before a new delivery can arrive")
healthy = [f"{i['sku']} ({days_of_cover(i):.0f}d)" if i["daily_usage"] else f"{i['sku']} (no usage)"
           for i in INVENTORY if i not in low]
print("healthy:", ", ".join(healthy))
