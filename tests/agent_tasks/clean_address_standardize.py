# task: standardise US street addresses (abbreviations, unit numbers, ZIP codes) and group by city
import re
from collections import defaultdict
from typing import NamedTuple


class Address(NamedTuple):
    street: str
    unit: str | None
    city: str
    state: str
    zip5: str


RAW = [
    "123 north main street apt 4, springfield, il 62704",
    "45 Elm Avenue, Springfield, IL, 62701-1234",
    "9 W. Oak Blvd Suite 200 , Shelbyville , il , 62565",
    "77 SOUTH PARK ROAD #12, springfield, Illinois 62704",
    "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "Broken line without commas 12345",
]

STREET_TYPES = {"street": "St", "st": "St", "avenue": "Ave", "ave": "Ave", "boulevard": "Blvd",
                "blvd": "Blvd", "road": "Rd", "rd": "Rd", "drive": "Dr"}
DIRECTIONS = {"north": "N", "south": "S", "east": "E", "west": "W", "n": "N", "s": "S",
              "e": "E", "w": "W", "nw": "NW", "ne": "NE", "sw": "SW", "se": "SE"}
STATES = {"illinois": "IL", "il": "IL", "dc": "DC"}
UNIT_RE = re.compile(r"\s+(?:apt|suite|unit|#)\s*(\w+)$", re.IGNORECASE)


def parse(raw: str) -> Address:
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if len(parts) < 3:
        raise ValueError("expected street, city, state zip")
    street, city, *rest = parts
    m = re.search(r"([A-Za-z ]+?)\s*,?\s*(\d{5})(?:-\d{4})?$", " ".join(rest))
    if not m:
        raise ValueError(f"no state/zip in {rest}")
    state = STATES.get(m.group(1).strip().lower(), m.group(1).strip().upper())
    unit = None
    um = UNIT_RE.search(street)
    if um:
        unit = um.group(1)
        street = street[: um.start()]
    words = []
    for w in street.replace(".", "").split():
        lw = w.lower()
        words.append(DIRECTIONS.get(lw) or STREET_TYPES.get(lw) or w.capitalize())
    return Address(" ".join(words), unit, city.title(), state, m.group(2))


by_city = defaultdict(list)
for raw in RAW:
    try:
        addr = parse(raw)
    except ValueError as e:
        print(f"SKIP {raw!r}: {e}")
        continue
    by_city[(addr.city, addr.state)].append(addr)

for (city, state), addrs in sorted(by_city.items()):
    print(f"{city}, {state} ({len(addrs)})")
    for a in sorted(addrs):
        unit = f" Unit {a.unit}" if a.unit else ""
        print(f"    {a.street}{unit} - {a.zip5}")
