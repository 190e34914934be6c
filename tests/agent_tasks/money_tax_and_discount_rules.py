# task: price a shopping basket with category tax rates, a percentage coupon and a threshold discount, all in cents
from enum import Enum


class Category(Enum):
    FOOD = "food"
    BOOKS = "books"
    ELECTRONICS = "electronics"
    CLOTHING = "clothing"


TAX_BP = {Category.FOOD: 0, Category.BOOKS: 500, Category.ELECTRONICS: 2000, Category.CLOTHING: 1000}
BASKET = [
    ("Coffee beans", Category.FOOD, 1299, 2),
    ("Paperback novel", Category.BOOKS, 1499, 1),
    ("Headphones", Category.ELECTRONICS, 8999, 1),
    ("T-shirt", Category.CLOTHING, 1999, 3),
    ("Chocolate", Category.FOOD, 349, 4),
]
COUPON_PCT = 10            # applies to non-food items only
THRESHOLD_CENTS = 15000     # spend this much ...
THRESHOLD_OFF_CENTS = 1000  # ... get this much off (pre-tax, spread by value)


def pct_of(cents: int, basis_points: int) -> int:
    return (cents * basis_points + 5000) // 10000


def money(cents: int) -> str:
    return f"{cents / 100:>9,.2f}"


lines = []
for name, cat, unit, qty in BASKET:
    gross = unit * qty
    coupon = pct_of(gross, COUPON_PCT * 100) if cat is not Category.FOOD else 0
    lines.append({"name": name, "cat": cat, "gross": gross, "coupon": coupon})

after_coupon = sum(l["gross"] - l["coupon"] for l in lines)
threshold_off = THRESHOLD_OFF_CENTS if after_coupon >= THRESHOLD_CENTS else 0
allocated = 0
for i, l in enumerate(lines):
    base = l["gross"] - l["coupon"]
    if i == len(lines) - 1:
        share = threshold_off - allocated
    else:
        share = threshold_off * base // after_coupon
    allocated += share
    l["net"] = base - share
    l["tax"] = pct_of(l["net"], TAX_BP[l["cat"]])

print(f"{'item':<17}{'cat':<12}{'gross':>9}{'coupon':>9}{'net':>9}{'tax':>9}")
for l in lines:
    print(f"{l['name']:<17}{l['cat'].value:<12}{money(l['gross'])}{money(-l['coupon'])}{money(l['net'])}{money(l['tax'])}")
totals = {k: sum(l[k] for l in lines) for k in ("gross", "coupon", "net", "tax")}
print(f"{'totals':<29}{money(totals['gross'])}{money(-totals['coupon'])}{money(totals['net'])}{money(totals['tax'])}")
print(f"threshold discount applied: {threshold_off / 100:.2f}")
print(f"amount to pay: {(totals['net'] + totals['tax']) / 100:,.2f}")
for cat in Category:
    tax = sum(l["tax"] for l in lines if l["cat"] is cat)
    print(f"  tax on {cat.value:<11} @ {TAX_BP[cat] / 100:>5.2f}% = {tax / 100:.2f}")
