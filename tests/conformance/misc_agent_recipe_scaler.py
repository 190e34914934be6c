# area: realistic agent script: scale a recipe's ingredient quantities, convert units, and format fractions nicely
import math
import re

RECIPE = """\
2 cups flour
1 1/2 tsp baking powder
3/4 cup sugar
2 large eggs
1/3 cup milk
100 g butter
a pinch of salt"""

def parse_qty(text):
    total = 0.0
    for part in text.split():
        if "/" in part:
            n, d = part.split("/")
            total += int(n) / int(d)
        else:
            total += float(part)
    return total

def nice(q):
    whole = math.floor(q + 1e-9)
    frac = q - whole
    best = min([(0, 1), (1, 4), (1, 3), (1, 2), (2, 3), (3, 4), (1, 1)], key=lambda f: abs(frac - f[0] / f[1]))
    if best == (1, 1):
        whole, best = whole + 1, (0, 1)
    parts = ([str(whole)] if whole else []) + ([f"{best[0]}/{best[1]}"] if best[0] else [])
    return " ".join(parts) or "0"

LINE = re.compile(r"^((?:\d+ )?\d+(?:/\d+)?|\d+)\s+(.*)$")
TO_ML = {"cup": 240, "cups": 240, "tsp": 5}

def scale(recipe, factor):
    out = []
    for line in recipe.splitlines():
        m = LINE.match(line)
        if not m:
            out.append(f"{line} (unscaled)")
            continue
        qty, rest = parse_qty(m.group(1)) * factor, m.group(2)
        unit = rest.split()[0]
        shown = f"{nice(qty)} {rest}"
        if unit in TO_ML:
            shown += f"  (~{qty * TO_ML[unit]:.0f} ml)"
        elif unit == "g":
            shown = f"{qty:g} {rest}"
        out.append(shown)
    return out

for factor in (1, 1.5, 1 / 3):
    print(f"--- x{factor:.3g} ---")
    print("\n".join(scale(RECIPE, factor)))
print([nice(x) for x in (0.24, 0.5, 0.66, 1.74, 2.97, 0.0)])
