# task: parse amount strings from international invoices (symbols, separators, negatives) into integer cents
import re

AMOUNTS = [
    ("$1,234.56", "US"),
    ("1.234,56 €", "DE"),
    ("€ 99", "FR"),
    ("(250.00)", "US"),
    ("-£3,000.5", "GB"),
    ("1 234 567,89 kr", "SE"),
    ("¥12,000", "JP"),
    ("CHF 1'050.25", "CH"),
    ("12.5.3", "US"),
    ("", "US"),
]

COMMA_DECIMAL = {"DE", "FR", "SE"}
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "kr": "SEK", "CHF": "CHF"}


def detect_currency(text: str) -> str | None:
    for symbol, code in SYMBOLS.items():
        if symbol in text:
            return code
    return None


def parse_amount(text: str, country: str) -> int:
    if not text.strip():
        raise ValueError("empty amount")
    negative = text.strip().startswith(("-", "(")) or "-" in text.split()[0]
    body = re.sub(r"[^\d.,]", "", text)
    if country in COMMA_DECIMAL:
        body = body.replace(".", "").replace(",", ".")
    else:
        body = body.replace(",", "")
    if body.count(".") > 1:
        raise ValueError(f"ambiguous number {text!r}")
    whole, _, frac = body.partition(".")
    if len(frac) > 2:
        raise ValueError(f"too many decimals in {text!r}")
    cents = int(whole or "0") * 100 + int(frac.ljust(2, "0"))
    return -cents if negative else cents


totals: dict[str, int] = {}
for text, country in AMOUNTS:
    try:
        cents = parse_amount(text, country)
    except ValueError as e:
        print(f"{text!r:>20} -> ERROR {e}")
        continue
    currency = detect_currency(text) or "USD"
    totals[currency] = totals.get(currency, 0) + cents
    sign = "-" if cents < 0 else ""
    print(f"{text!r:>20} -> {currency} {sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}")

print()
for code in sorted(totals):
    print(f"total {code}: {totals[code] / 100:>14,.2f}")
