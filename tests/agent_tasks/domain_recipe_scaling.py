# task: parse a recipe, scale it for more servings and convert units for a shopping list
from dataclasses import dataclass
import re

RECIPE = """
Pancakes (serves 4)
- 250 g flour
- 2 tbsp sugar
- 1.5 tsp baking powder
- 0.5 tsp salt
- 300 ml milk
- 2 egg
- 30 g butter
"""

TO_BASE = {"g": ("g", 1), "kg": ("g", 1000), "ml": ("ml", 1), "l": ("ml", 1000), "tsp": ("ml", 5), "tbsp": ("ml", 15)}


@dataclass
class Ingredient:
    qty: float
    unit: str | None
    name: str

    LINE = re.compile(r"^-\s*(?P<qty>\d+(?:\.\d+)?)\s+(?:(?P<unit>g|kg|ml|l|tsp|tbsp)\s+)?(?P<name>.+)$")

    @classmethod
    def parse(cls, line: str) -> "Ingredient":
        m = cls.LINE.match(line.strip())
        if not m:
            raise ValueError(f"cannot parse {line!r}")
        return cls(float(m["qty"]), m["unit"], m["name"])

    def scaled(self, factor: float) -> "Ingredient":
        return Ingredient(self.qty * factor, self.unit, self.name)

    def normalized(self) -> "Ingredient":
        if self.unit is None:
            return self
        base, mult = TO_BASE[self.unit]
        qty, unit = self.qty * mult, base
        if unit in ("g", "ml") and qty >= 1000:
            qty, unit = qty / 1000, {"g": "kg", "ml": "l"}[unit]
        return Ingredient(qty, unit, self.name)

    def __str__(self):
        qty = f"{self.qty:g}" if self.unit else f"{self.qty:.0f}"
        plural = "s" if self.unit is None and self.qty != 1 else ""
        return f"{qty} {self.unit + ' ' if self.unit else ''}{self.name}{plural}"


lines = [l for l in RECIPE.strip().splitlines()]
serves = int(re.search(r"serves (\d+)", lines[0]).group(1))
ingredients = [Ingredient.parse(l) for l in lines[1:]]
target = 10
factor = target / serves
print(f"{lines[0].split(' (')[0]}: scaling from {serves} to {target} servings (x{factor:g})")
for ing in ingredients:
    big = ing.scaled(factor)
    if big.unit is None:
        big.qty = -(-big.qty // 1)  # round eggs up
    print(f"  {str(ing):<26} -> {big.normalized()}")
try:
    Ingredient.parse("- a pinch of love")
except ValueError as e:
    print("error:", e)
