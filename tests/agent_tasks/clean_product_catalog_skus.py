# task: clean a product catalogue: canonical SKUs, trimmed titles, unit-price parsing, and duplicate SKU resolution
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    sku: str
    title: str
    price_cents: int
    category: str


RAW_ROWS = [
    ("ab-0012", "  Wireless   Mouse ", "$24.99", "Electronics"),
    ("AB12", "Wireless Mouse (2024)", "24.99", "electronics "),
    ("cd_0450", "USB-C cable 1m", "7.5", "Accessories"),
    ("CD-450", "USB-C Cable 1 m", "$7.50", "accessories"),
    ("ef-9", "Laptop Stand", "39", "Office"),
    ("??", "Mystery item", "1.00", "misc"),
    ("gh-0101", "Desk Lamp", "twenty", "Office"),
]

SKU_RE = re.compile(r"^([a-z]{2})[-_]?0*(\d+)$", re.IGNORECASE)


def canonical_sku(raw: str) -> str:
    m = SKU_RE.match(raw.strip())
    if not m:
        raise ValueError(f"bad SKU {raw!r}")
    prefix, number = m.groups()
    return f"{prefix.upper()}-{int(number):04d}"


def parse_cents(raw: str) -> int:
    text = raw.strip().lstrip("$")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", text):
        raise ValueError(f"bad price {raw!r}")
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int(frac.ljust(2, "0") or 0)


catalog: dict[str, Product] = {}
log = []
for sku_raw, title, price, category in RAW_ROWS:
    try:
        product = Product(
            sku=canonical_sku(sku_raw),
            title=re.sub(r"\s+", " ", title).strip(),
            price_cents=parse_cents(price),
            category=category.strip().lower(),
        )
    except ValueError as exc:
        log.append(f"dropped row {sku_raw!r}: {exc}")
        continue
    existing = catalog.get(product.sku)
    if existing is None:
        catalog[product.sku] = product
    elif existing.price_cents != product.price_cents:
        log.append(f"price conflict on {product.sku}: {existing.price_cents} vs {product.price_cents}")
    else:
        shorter = min(existing, product, key=lambda p: len(p.title))
        catalog[product.sku] = shorter
        log.append(f"duplicate {product.sku} ({sku_raw!r}) merged, keeping title {shorter.title!r}")

for p in sorted(catalog.values(), key=lambda p: (p.category, p.sku)):
    print(f"{p.sku}  {p.title:<16} {p.category:<12} {p.price_cents / 100:>7.2f}")
print("--- log ---")
print("\n".join(log))
