# task: normalise a contact list's phone numbers to E.164 and flag the ones that cannot be fixed
import re

RAW_CONTACTS = [
    {"name": "Ana Lopez", "phone": "(415) 555-0132", "country": "US"},
    {"name": "Ben Ortiz", "phone": "415.555.0199", "country": "US"},
    {"name": "Chloe Martin", "phone": "+33 6 12 34 56 78", "country": "FR"},
    {"name": "Dev Patel", "phone": "020 7946 0958", "country": "GB"},
    {"name": "Eve Adams", "phone": "555-01", "country": "US"},
    {"name": "Farid Haddad", "phone": "  1-800-FLOWERS ", "country": "US"},
    {"name": "Greta Berg", "phone": "0049 30 1234567", "country": "DE"},
    {"name": "Hiro Sato", "phone": "", "country": "JP"},
]

COUNTRY_CODES = {"US": "1", "FR": "33", "GB": "44", "DE": "49", "JP": "81"}
LETTER_MAP = {c: str(d) for d, letters in
              enumerate(["", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"])
              for c in letters}


def to_e164(phone: str, country: str) -> str:
    phone = phone.strip().upper()
    if not phone:
        raise ValueError("empty phone number")
    phone = "".join(LETTER_MAP.get(ch, ch) for ch in phone)
    has_plus = phone.startswith("+")
    digits = re.sub(r"\D", "", phone)
    code = COUNTRY_CODES[country]
    if has_plus:
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if country == "US":
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) != 10:
            raise ValueError(f"US number needs 10 digits, got {len(digits)}")
        return f"+1{digits}"
    if digits.startswith("0"):
        digits = digits[1:]
    if len(digits) < 7:
        raise ValueError("too short")
    return f"+{code}{digits}"


cleaned, problems = [], []
for contact in RAW_CONTACTS:
    try:
        cleaned.append({**contact, "phone": to_e164(contact["phone"], contact["country"])})
    except ValueError as exc:
        problems.append((contact["name"], contact["phone"], str(exc)))

print(f"{'name':<14} {'country':<7} phone")
for c in cleaned:
    print(f"{c['name']:<14} {c['country']:<7} {c['phone']}")
print()
print(f"{len(problems)} contact(s) need manual review:")
for name, phone, reason in problems:
    print(f"  - {name}: {phone!r} -> {reason}")
