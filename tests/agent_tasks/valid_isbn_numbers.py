# task: validate ISBN-10 and ISBN-13 codes from a book import, convert valid ISBN-10s to ISBN-13
import re

BOOKS = [
    ("Dune", "0-441-17271-7"),
    ("Neuromancer", "0441569595"),
    ("The Pragmatic Programmer", "978-0-13-595705-9"),
    ("SICP", "0-262-51087-1"),
    ("Typo Book", "0-306-40615-3"),
    ("Clean Code", "9780132350884"),
    ("Bad Length", "12345"),
    ("With X", "0-8044-2957-X"),
    ("Wrong 13", "978-3-16-148410-5"),
]


def clean(raw: str) -> str:
    return re.sub(r"[\s-]", "", raw).upper()


def isbn10_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{9}[\dX]", code):
        return False
    total = sum((10 - i) * (10 if ch == "X" else int(ch)) for i, ch in enumerate(code))
    return total % 11 == 0


def isbn13_check_digit(first12: str) -> int:
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(first12))
    return (10 - total % 10) % 10


def isbn13_ok(code: str) -> bool:
    return bool(re.fullmatch(r"97[89]\d{10}", code)) and isbn13_check_digit(code[:12]) == int(code[12])


def to_isbn13(code10: str) -> str:
    body = "978" + code10[:9]
    return body + str(isbn13_check_digit(body))


valid, invalid = {}, []
for title, raw in BOOKS:
    code = clean(raw)
    if len(code) == 10:
        if isbn10_ok(code):
            valid[title] = to_isbn13(code)
            print(f"{title:<25} ISBN-10 ok  -> {valid[title]}")
        else:
            invalid.append((title, raw, "ISBN-10 checksum"))
    elif len(code) == 13:
        if isbn13_ok(code):
            valid[title] = code
            print(f"{title:<25} ISBN-13 ok")
        else:
            invalid.append((title, raw, f"ISBN-13 check digit should be {isbn13_check_digit(code[:12])}"))
    else:
        invalid.append((title, raw, f"length {len(code)}"))

print("\ninvalid:")
for title, raw, why in invalid:
    print(f"  {title:<25} {raw:<20} {why}")
print(f"\n{len(valid)} valid, {len(invalid)} invalid; duplicates: {len(valid) - len(set(valid.values()))}")
