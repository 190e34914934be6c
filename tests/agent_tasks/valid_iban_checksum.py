# task: validate IBANs (country length table plus mod-97 checksum) and format valid ones in groups of four
import re

IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "CH": 21}

CANDIDATES = [
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "gb82west12345698765432",
    "FR14 2004 1010 0505 0001 3M02 606",
    "NL91ABNA0417164300",
    "DE89 3704 0044 0532 0130 01",
    "XX00 1234",
    "ES91 2100 0418 4502 0005 133",
    "CH93 0076 2011 6238 5295 7",
    "NL91-ABNA-0417-1643-00",
]


def iban_error(raw: str) -> str | None:
    iban = re.sub(r"[\s-]", "", raw).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return "bad characters or structure"
    country = iban[:2]
    if country not in IBAN_LENGTHS:
        return f"unsupported country {country}"
    if len(iban) != IBAN_LENGTHS[country]:
        return f"length {len(iban)}, expected {IBAN_LENGTHS[country]} for {country}"
    rearranged = iban[4:] + iban[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    if int(numeric) % 97 != 1:
        return f"checksum failed (remainder {int(numeric) % 97})"
    return None


def pretty(raw: str) -> str:
    iban = re.sub(r"[\s-]", "", raw).upper()
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


valid = []
for raw in CANDIDATES:
    err = iban_error(raw)
    if err:
        print(f"INVALID {raw!r}: {err}")
    else:
        valid.append(pretty(raw))
        print(f"valid   {pretty(raw)}")

unique = sorted(set(valid))
print(f"\n{len(valid)} valid ({len(unique)} distinct) of {len(CANDIDATES)}")
by_country = {}
for iban in unique:
    by_country.setdefault(iban[:2], []).append(iban)
for country, ibans in sorted(by_country.items()):
    print(f"  {country}: {len(ibans)}")
