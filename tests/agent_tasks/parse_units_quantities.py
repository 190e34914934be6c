# task: parse ingredient quantities with units from free text and normalise them to metric
import re
from enum import Enum


class Dimension(Enum):
    MASS = "g"
    VOLUME = "ml"
    COUNT = "pcs"


UNITS = {
    "g": (Dimension.MASS, 1), "gram": (Dimension.MASS, 1), "kg": (Dimension.MASS, 1000),
    "oz": (Dimension.MASS, 28.3495), "lb": (Dimension.MASS, 453.592),
    "ml": (Dimension.VOLUME, 1), "l": (Dimension.VOLUME, 1000), "cup": (Dimension.VOLUME, 240),
    "tbsp": (Dimension.VOLUME, 15), "tsp": (Dimension.VOLUME, 5),
}

LINE = re.compile(
    r"^\s*(?P<qty>\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?)\s*(?P<unit>[a-zA-Z]+\.?)?\s+(?:of\s+)?(?P<item>.+?)\s*$"
)


def parse_qty(text: str) -> float:
    total = 0.0
    for piece in text.split():
        if "/" in piece:
            num, den = piece.split("/")
            total += int(num) / int(den)
        else:
            total += float(piece)
    return total


def parse_line(line: str):
    m = LINE.match(line)
    if not m:
        raise ValueError(f"no quantity found in {line!r}")
    qty = parse_qty(m["qty"])
    unit = (m["unit"] or "").lower().rstrip(".")
    if unit.endswith("s") and unit[:-1] in UNITS:
        unit = unit[:-1]
    item = m["item"]
    if unit not in UNITS:
        # the "unit" was actually the first word of the item, e.g. "3 eggs"
        item = f"{m['unit']} {item}" if m["unit"] else item
        return item, qty, Dimension.COUNT
    dim, factor = UNITS[unit]
    return item, qty * factor, dim


RECIPE = """2 cups flour
1 1/2 tsp salt
3 eggs
250g butter
1/2 lb dark chocolate
2 tbsp. of honey
0.5 l milk
a pinch of nutmeg
1.25 kg potatoes
"""

totals: dict[Dimension, float] = {}
for line in RECIPE.splitlines():
    try:
        item, amount, dim = parse_line(line)
    except ValueError as e:
        print("skip:", e)
        continue
    totals[dim] = totals.get(dim, 0) + amount
    shown = f"{amount:g}" if dim is Dimension.COUNT else f"{amount:.1f}"
    print(f"{item:<16} {shown:>8} {dim.value}")

print("totals:", ", ".join(f"{d.name.lower()}={v:.1f}{d.value}" for d, v in totals.items()))
