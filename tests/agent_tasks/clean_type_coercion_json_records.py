# task: coerce loosely typed JSON records from a scraper into proper Python types with per-field converters
import json
from typing import Any, Callable

SCRAPED = '''[
  {"sku": "A-100", "price": "19.99", "in_stock": "yes", "qty": "12", "tags": "red, sale", "rating": "4.5"},
  {"sku": "A-101", "price": "$1,299.00", "in_stock": "False", "qty": "0", "tags": "", "rating": null},
  {"sku": "A-102", "price": 7, "in_stock": 1, "qty": "3.0", "tags": ["blue"], "rating": "n/a"},
  {"sku": "A-103", "price": "free", "in_stock": "Y", "qty": "-", "tags": "green;  clearance ", "rating": 3}
]'''


def to_price(value: Any) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().lower().replace("$", "").replace(",", "")
    if text == "free":
        return 0.0
    return float(text)


def to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = str(value).strip().lower()
    if text in {"yes", "y", "true", "1"}:
        return True
    if text in {"no", "n", "false", "0"}:
        return False
    raise ValueError(f"not a boolean: {value!r}")


def to_int(value: Any) -> int | None:
    if value in ("-", "", None):
        return None
    return int(float(value))


def to_tags(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value]
    parts = str(value).replace(";", ",").split(",")
    return [p.strip() for p in parts if p.strip()]


def to_rating(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "sku": str, "price": to_price, "in_stock": to_bool,
    "qty": to_int, "tags": to_tags, "rating": to_rating,
}

clean = []
for raw in json.loads(SCRAPED):
    record = {field: conv(raw.get(field)) for field, conv in CONVERTERS.items()}
    clean.append(record)

for rec in clean:
    print(rec)
total_value = sum(r["price"] * (r["qty"] or 0) for r in clean)
rated = [r["rating"] for r in clean if r["rating"] is not None]
print(f"inventory value: {total_value:.2f}")
print(f"average rating over {len(rated)} products: {sum(rated) / len(rated):.2f}")
print(json.dumps(clean[1]))
