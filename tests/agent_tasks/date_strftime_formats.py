# task: render one timestamp in many strftime formats for reports, filenames, headers and logs
from datetime import datetime, timezone, timedelta

moment = datetime(2024, 2, 9, 7, 5, 3, 42000, tzinfo=timezone(timedelta(hours=1)))

FORMATS = {
    "iso date": "%Y-%m-%d",
    "us date": "%m/%d/%Y",
    "eu date": "%d.%m.%Y",
    "long": "%A, %d %B %Y",
    "short": "%a %d %b %y",
    "time 24h": "%H:%M:%S",
    "time 12h": "%I:%M %p",
    "micro": "%H:%M:%S.%f",
    "filename": "backup_%Y%m%d_%H%M%S.tar.gz",
    "log": "[%d/%b/%Y:%H:%M:%S %z]",
    "day of year": "day %j of %Y",
    "week": "week %W (Mon-based), %U (Sun-based)",
    "tz": "%Z / %z",
    "percent": "100%% done at %H:%M",
}

for label, fmt in FORMATS.items():
    print(f"{label:<12} {fmt:<36} -> {moment.strftime(fmt)}")

print()
print("isoformat:          ", moment.isoformat())
print("isoformat(minutes): ", moment.isoformat(timespec="minutes"))
print("f-string spec:      ", f"{moment:%Y-%m-%d %H:%M}")
print("str():              ", str(moment))
print("repr-ish date:      ", moment.date(), moment.time())
utc = moment.astimezone(timezone.utc)
print("http date (UTC):    ", utc.strftime("%a, %d %b %Y %H:%M:%S GMT"))
print("ordinal suffix:      ", end="")
day = moment.day
suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
print(f"{moment:%B} {day}{suffix}, {moment.year}")
print("no leading zeros:   ", f"{moment.month}/{moment.day}/{moment.year} {moment.hour}:{moment.minute:02d}")
