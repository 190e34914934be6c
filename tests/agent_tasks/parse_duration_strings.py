# task: parse human duration strings like "1h30m" or "2 days, 4 hours" into seconds and back
import re

UNITS = {
    "w": 604800, "week": 604800,
    "d": 86400, "day": 86400,
    "h": 3600, "hr": 3600, "hour": 3600,
    "m": 60, "min": 60, "minute": 60,
    "s": 1, "sec": 1, "second": 1,
    "ms": 0.001,
}
PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)", re.IGNORECASE)


def parse_duration(text: str) -> float:
    text = text.strip().lower()
    if re.fullmatch(r"\d+:\d{2}(:\d{2})?", text):
        pieces = [int(p) for p in text.split(":")]
        while len(pieces) < 3:
            pieces.insert(0, 0)
        h, m, s = pieces
        return h * 3600 + m * 60 + s
    total, consumed = 0.0, 0
    for m in PART.finditer(text):
        amount, unit = float(m.group(1)), m.group(2)
        unit = unit[:-1] if unit.endswith("s") and unit not in UNITS else unit
        if unit not in UNITS:
            raise ValueError(f"unknown unit {m.group(2)!r} in {text!r}")
        total += amount * UNITS[unit]
        consumed += len(m.group(0))
    leftover = re.sub(r"[\s,]|and", "", PART.sub("", text))
    if consumed == 0 or leftover:
        raise ValueError(f"cannot parse duration {text!r}")
    return total


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    parts = []
    for name, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        qty, seconds = divmod(seconds, size)
        if qty:
            parts.append(f"{qty}{name}")
    return " ".join(parts) or "0s"


samples = ["1h30m", "2 days, 4 hours", "90s", "1.5h", "3w 2d", "45 minutes and 30 seconds",
           "1:05:09", "12:30", "250ms", "5 fortnights", "soon", "2hours15mins"]
total = 0.0
for s in samples:
    try:
        secs = parse_duration(s)
    except ValueError as e:
        print(f"{s!r:<28} error: {e}")
        continue
    total += secs
    print(f"{s!r:<28} {secs:>10.3f}s  = {format_duration(secs)}")
print("sum of valid durations:", format_duration(total))
