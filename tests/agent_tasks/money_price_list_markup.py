# task: generate a retail price list from supplier costs: margin-based markup, charm pricing (.99), and margin checks
import csv
import io
import math

SUPPLIER_CSV = """sku,name,cost,category
K-100,Chef knife,23.40,kitchen
K-101,Paring knife,6.15,kitchen
G-200,Garden gloves,3.80,garden
G-201,Pruning shears,11.95,garden
T-300,Torch LED,4.49,tools
T-301,Cordless drill,61.00,tools
"""
TARGET_MARGIN = {"kitchen": 0.55, "garden": 0.45, "tools": 0.35}
MIN_MARGIN = 0.30


def price_for_margin(cost_cents: int, margin: float) -> int:
    return math.ceil(cost_cents / (1 - margin))


def charm(price_cents: int) -> int:
    """Round up to the next x.99 (or x9.99 above 100)."""
    step = 1000 if price_cents >= 10000 else 100
    return (price_cents // step + 1) * step - 1


rows = []
for r in csv.DictReader(io.StringIO(SUPPLIER_CSV)):
    cost = round(float(r["cost"]) * 100)
    target = price_for_margin(cost, TARGET_MARGIN[r["category"]])
    retail = charm(target)
    margin = (retail - cost) / retail
    rows.append((r["sku"], r["name"], r["category"], cost, target, retail, margin))

print(f"{'sku':<6}{'name':<15}{'cost':>8}{'target':>9}{'retail':>9}{'margin':>8}{'markup':>8}")
for sku, name, cat, cost, target, retail, margin in rows:
    markup = (retail - cost) / cost
    warn = " LOW" if margin < MIN_MARGIN else ""
    print(f"{sku:<6}{name:<15}{cost / 100:>8.2f}{target / 100:>9.2f}{retail / 100:>9.2f}{margin:>8.1%}{markup:>8.0%}{warn}")

by_cat = {}
for sku, name, cat, cost, target, retail, margin in rows:
    c = by_cat.setdefault(cat, [0, 0])
    c[0] += cost
    c[1] += retail
print()
for cat, (cost, retail) in sorted(by_cat.items()):
    print(f"{cat:<8} blended margin {(retail - cost) / retail:.1%} (target {TARGET_MARGIN[cat]:.0%})")
