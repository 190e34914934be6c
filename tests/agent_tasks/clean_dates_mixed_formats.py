# task: parse a column of dates written in many formats into ISO 8601 and report the ones that stay ambiguous
from datetime import datetime, date

RAW_DATES = [
    "2024-03-05",
    "03/05/2024",
    "5 March 2024",
    "Mar 5, 2024",
    "20240305",
    "2024/3/5",
    "05.03.2024",
    "March 5th, 2024",
    "yesterday",
    "2024-02-30",
    "Tue, 05 Mar 2024",
]

FORMATS = [
    ("%Y-%m-%d", "iso"),
    ("%m/%d/%Y", "us"),
    ("%d %B %Y", "long"),
    ("%b %d, %Y", "short-month"),
    ("%Y%m%d", "compact"),
    ("%Y/%m/%d", "slashed-iso"),
    ("%d.%m.%Y", "european"),
    ("%B %d, %Y", "long-us"),
    ("%a, %d %b %Y", "rfc-ish"),
]


def strip_ordinal(text: str) -> str:
    for suffix in ("st,", "nd,", "rd,", "th,"):
        text = text.replace(suffix, ",")
    return text


def parse_date(text: str) -> tuple[date, str]:
    cleaned = strip_ordinal(text.strip())
    errors = []
    for fmt, label in FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date(), label
        except ValueError as exc:
            errors.append(str(exc))
    raise ValueError(f"no format matched {text!r}")


parsed: dict[str, list[str]] = {}
failures = []
for raw in RAW_DATES:
    try:
        d, label = parse_date(raw)
    except ValueError as exc:
        failures.append(str(exc))
        continue
    parsed.setdefault(d.isoformat(), []).append(f"{raw} [{label}]")
    print(f"{raw:<18} -> {d.isoformat()} ({d.strftime('%A')}, week {d.isocalendar()[1]})")

print()
for iso, sources in sorted(parsed.items()):
    print(f"{iso}: {len(sources)} source value(s)")
print("failures:")
for f in failures:
    print(f"  {f}")
ambiguous = [r for r in RAW_DATES if "/" in r or "." in r]
print(f"warning: {len(ambiguous)} value(s) use day/month order that depends on locale: {ambiguous}")
