# task: fill message templates with str.format_map using a dict subclass that marks missing keys
from collections import ChainMap


class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class Tracker(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.missing = []

    def __missing__(self, key):
        self.missing.append(key)
        return f"<{key}?>"


TEMPLATES = [
    "Order {order_id} for {customer} ships {ship_date}.",
    "{customer}, your balance is {balance:,.2f} {currency}.",
    "Item {item[name]} x{item[qty]} @ {item[price]:.2f}",
    "Progress: {done}/{total} ({pct:.0%})",
    "Dear {title} {surname}, {greeting}",
]

defaults = {"currency": "EUR", "greeting": "thanks for your order!"}
context = {
    "order_id": "A-1009",
    "customer": "Dana",
    "balance": 12345.678,
    "item": {"name": "cable", "qty": 3, "price": 4.5},
    "done": 7,
    "total": 9,
}
context["pct"] = context["done"] / context["total"]

merged = ChainMap(context, defaults)
for tmpl in TEMPLATES:
    tracker = Tracker(merged)
    try:
        text = tmpl.format_map(tracker)
    except (KeyError, ValueError, TypeError) as e:
        text = f"error {type(e).__name__}: {e}"
    note = f"  [missing: {', '.join(tracker.missing)}]" if tracker.missing else ""
    print(text + note)

print()
partial = "Hello {name}, meet {other}".format_map(SafeDict(name="Ana"))
print("partial fill:", partial)
print("second pass:", partial.format_map(SafeDict(other="Ben")))
print("format spec table:")
for value in (3.14159, 1234567, -0.5):
    print("  |{0:>10.3f}|{0:<12,}|{0:^+10.1e}|".format(value))
