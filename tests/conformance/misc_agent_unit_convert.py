# area: realistic agent script: unit conversion table with parsing of quantities like '3.5 km' and graph-based conversion
import re

FACTORS = [
    ("km", "m", 1000), ("m", "cm", 100), ("cm", "mm", 10), ("mi", "ft", 5280), ("ft", "in", 12), ("in", "cm", 2.54),
    ("h", "min", 60), ("min", "s", 60), ("kg", "g", 1000), ("lb", "oz", 16), ("kg", "lb", 2.20462),
]
graph = {}
for a, b, f in FACTORS:
    graph.setdefault(a, []).append((b, f))
    graph.setdefault(b, []).append((a, 1 / f))

def factor(src, dst):
    if src == dst:
        return 1.0
    seen = {src}
    queue = [(src, 1.0)]
    while queue:
        unit, acc = queue.pop(0)
        for nxt, f in graph.get(unit, []):
            if nxt == dst:
                return acc * f
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, acc * f))
    raise ValueError(f"cannot convert {src} to {dst}")

QTY = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([a-z]+)\s*$")

def convert(text, dst):
    m = QTY.match(text)
    if not m:
        raise ValueError(f"cannot parse quantity {text!r}")
    value, unit = float(m.group(1)), m.group(2)
    return value * factor(unit, dst)

for text, dst in [("3.5 km", "m"), ("1 mi", "km"), ("90 min", "h"), ("2 h", "s"), ("10 kg", "oz"),
                  ("12 in", "mm"), ("5 kg", "km"), ("fast", "m"), ("-40 ft", "m")]:
    try:
        print(f"{text:>8} = {convert(text, dst):,.4g} {dst}")
    except ValueError as e:
        print(f"{text:>8} ! {e}")
print(f"{factor('mi', 'mm'):.1f}", round(factor("lb", "g"), 3))
