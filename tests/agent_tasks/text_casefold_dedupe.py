# task: normalise and deduplicate tag and name lists using casefold, whitespace collapsing and aliases
import re
from collections import OrderedDict

RAW_TAGS = ["Python", "python ", "PYTHON", "Machine  Learning", "machine-learning", "ML",
            "Straße", "STRASSE", "strasse", "Data_Science", "data science", "  AI ", "a.i."]
ALIASES = {"ml": "machine learning", "ai": "artificial intelligence"}


def normalise(tag: str) -> str:
    key = tag.casefold()
    key = re.sub(r"[\s_\-]+", " ", key)
    key = re.sub(r"[^\w ]", "", key).strip()
    return ALIASES.get(key, key)


groups: "OrderedDict[str, list[str]]" = OrderedDict()
for tag in RAW_TAGS:
    groups.setdefault(normalise(tag), []).append(tag)

print(f"{len(RAW_TAGS)} raw tags -> {len(groups)} canonical tags")
for key, variants in groups.items():
    display = key.title()
    print(f"  {display:<24} <- {variants}")

print()
pairs = [("Straße", "STRASSE"), ("ǅemal", "ǆemal"), ("Ἀρχή", "ἀρχή"), ("İstanbul", "istanbul")]
for a, b in pairs:
    print(f"{a!r} vs {b!r}: lower-equal={a.lower() == b.lower()}, casefold-equal={a.casefold() == b.casefold()}")

print()
names = ["  mary-ann o'neil ", "MARY-ANN O'NEIL", "Mary-Ann  O'Neil", "José Álvarez", "jose alvarez"]
seen = {}
for name in names:
    collapsed = " ".join(name.split())
    key = collapsed.casefold()
    if key in seen:
        print(f"duplicate: {collapsed!r} matches {seen[key]!r}")
    else:
        seen[key] = collapsed
print("kept:", list(seen.values()))
print("upper of 'ß':", "ß".upper(), "| swapcase:", "Hello Wörld".swapcase())
