# task: validate card numbers with the Luhn algorithm, detect the brand by prefix, and mask them for logging
import re
from typing import Optional

BRANDS = [
    ("amex", re.compile(r"^3[47]\d{13}$")),
    ("visa", re.compile(r"^4\d{12}(\d{3})?(\d{3})?$")),
    ("mastercard", re.compile(r"^(5[1-5]\d{14}|2(2[2-9]|[3-6]\d|7[01])\d{12}|2720\d{12})$")),
    ("discover", re.compile(r"^6(011|5\d\d)\d{12}$")),
]

CARDS = [
    "4111 1111 1111 1111",
    "4111-1111-1111-1112",
    "5500 0000 0000 0004",
    "3400 0000 0000 009",
    "6011000990139424",
    "2221000000000009",
    "1234 5678 9012 3456",
    "4111 1111 1111",
    "abcd efgh ijkl mnop",
]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def brand_of(digits: str) -> Optional[str]:
    return next((name for name, pattern in BRANDS if pattern.match(digits)), None)


def mask(digits: str) -> str:
    return "*" * (len(digits) - 4) + digits[-4:]


summary = {"valid": 0, "invalid": 0}
for raw in CARDS:
    digits = re.sub(r"[ -]", "", raw)
    if not digits.isdigit():
        print(f"{raw:<22} -> rejected: non-digit characters")
        summary["invalid"] += 1
        continue
    brand = brand_of(digits)
    checks = {"luhn": luhn_ok(digits), "brand": brand is not None}
    ok = all(checks.values())
    summary["valid" if ok else "invalid"] += 1
    failed = [name for name, passed in checks.items() if not passed]
    verdict = f"valid {brand}" if ok else f"invalid ({', '.join(failed)} check failed)"
    print(f"{raw:<22} -> {mask(digits):<19} {verdict}")
print(summary)
