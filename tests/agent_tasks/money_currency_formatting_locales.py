# task: format money amounts for several locales by hand (symbol position, grouping, decimal mark, minor units)
from dataclasses import dataclass


@dataclass(frozen=True)
class Locale:
    code: str
    symbol: str
    symbol_first: bool
    group: str
    decimal: str
    minor_units: int = 2
    space: bool = False
    indian_grouping: bool = False


LOCALES = [
    Locale("en_US", "$", True, ",", "."),
    Locale("de_DE", "€", False, ".", ",", space=True),
    Locale("fr_CH", "CHF", True, "'", ".", space=True),
    Locale("ja_JP", "¥", True, ",", ".", minor_units=0),
    Locale("en_IN", "₹", True, ",", ".", indian_grouping=True),
    Locale("sv_SE", "kr", False, " ", ",", space=True),
]


def group_digits(digits: str, sep: str, indian: bool) -> str:
    if indian and len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        return sep.join([head] + pairs + [tail]) if head else sep.join(pairs + [tail])
    return f"{int(digits):,}".replace(",", sep)


def format_money(minor: int, loc: Locale) -> str:
    negative = minor < 0
    minor = abs(minor)
    if loc.minor_units:
        whole, frac = divmod(minor, 10 ** loc.minor_units)
        number = group_digits(str(whole), loc.group, loc.indian_grouping) + loc.decimal + f"{frac:0{loc.minor_units}d}"
    else:
        number = group_digits(str(minor), loc.group, loc.indian_grouping)
    gap = " " if loc.space else ""
    text = f"{loc.symbol}{gap}{number}" if loc.symbol_first else f"{number}{gap}{loc.symbol}"
    return f"-{text}" if negative else text


AMOUNTS = [0, 5, 123456, -98765432, 100000000000]
for loc in LOCALES:
    cells = " | ".join(f"{format_money(a, loc):>22}" for a in AMOUNTS[1:4])
    print(f"{loc.code}: {cells}")
print()
big = AMOUNTS[-1]
for loc in LOCALES:
    print(f"{loc.code:<6} {format_money(big, loc)}")
print(f"zero in en_US: {format_money(0, LOCALES[0])}; builtin format check: {123456 / 100:,.2f}")
