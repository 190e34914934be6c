# task: redact emails, phone numbers, card numbers and IPs from chat logs with re.sub callbacks
import re
from collections import Counter

LOG = """[09:14] user: hi, my email is jane.doe@example.org and backup JD@mail.co
[09:15] agent: thanks! can you confirm your phone?
[09:15] user: sure, +1 (415) 555-0134 or 415.555.0199
[09:16] user: card 4111 1111 1111 1111 exp 12/26, old one 5500-0000-0000-0004
[09:17] agent: request came from 203.0.113.42, ticket #12345 created
[09:18] user: order id 2024-000123 is not a phone number"""


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(d * 2, 10)) for d in digits[1::2])
    return total % 10 == 0


found = Counter()


def redact_card(m: re.Match) -> str:
    digits = re.sub(r"\D", "", m.group())
    if not luhn_ok(digits):
        return m.group()
    found["card"] += 1
    return f"[CARD ****{digits[-4:]}]"


def make_sub(kind: str, keep=None):
    def sub(m: re.Match) -> str:
        found[kind] += 1
        return f"[{kind.upper()}{':' + keep(m) if keep else ''}]"
    return sub


RULES = [
    (re.compile(r"\b\d(?:[ -]?\d){12,15}\b"), redact_card),
    (re.compile(r"[\w.+-]+@([\w-]+\.[\w.-]+)"), make_sub("email", keep=lambda m: m.group(1).lower())),
    (re.compile(r"(?<!\d)(?:\+\d{1,2}\s?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)"), make_sub("phone")),
    (re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), make_sub("ip")),
]

redacted = LOG
for pattern, repl in RULES:
    redacted = pattern.sub(repl, redacted)

print(redacted)
print()
print("redactions:", ", ".join(f"{k}={v}" for k, v in sorted(found.items())))
leftover_digits = re.findall(r"\d{5,}", redacted)
print("long digit runs left (should be ids only):", leftover_digits)
