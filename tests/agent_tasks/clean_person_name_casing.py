# task: normalise messy person names (casing, particles, suffixes, "Last, First" order) for a mailing list
import re

RAW_NAMES = [
    "  JOHN   SMITH ",
    "o'brien, patrick",
    "mary-kate OLSEN",
    "ludwig VAN beethoven",
    "dr. jane goodall",
    "martin luther king jr",
    "DE LA CRUZ, maria",
    "mcdonald, ronald",
    "",
    "x",
]

PARTICLES = {"van", "von", "de", "la", "del", "da", "di", "der"}
SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "phd": "PhD"}
TITLES = {"dr", "mr", "mrs", "ms", "prof"}


def cap_word(word: str) -> str:
    lower = word.lower()
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2:].capitalize()
    if "'" in lower:
        return "'".join(part.capitalize() for part in lower.split("'"))
    if "-" in lower:
        return "-".join(cap_word(part) for part in lower.split("-"))
    return lower.capitalize()


def normalise(raw: str) -> str:
    text = re.sub(r"\s+", " ", raw).strip()
    if len(text) < 2:
        raise ValueError(f"unusable name {raw!r}")
    if "," in text:
        last, first = [p.strip() for p in text.split(",", 1)]
        text = f"{first} {last}"
    words = []
    for i, word in enumerate(text.split(" ")):
        bare = word.lower().rstrip(".")
        if i == 0 and bare in TITLES:
            continue
        if bare in SUFFIXES:
            words.append(SUFFIXES[bare])
        elif bare in PARTICLES and i > 0:
            words.append(bare)
        else:
            words.append(cap_word(word))
    return " ".join(words)


results = {}
for raw in RAW_NAMES:
    try:
        results[raw] = normalise(raw)
    except ValueError as err:
        results[raw] = f"<error: {err}>"

width = max(len(repr(r)) for r in RAW_NAMES)
for raw, clean in results.items():
    print(f"{raw!r:<{width}} -> {clean}")
ok = [v for v in results.values() if not v.startswith("<")]
print(f"\n{len(ok)} of {len(RAW_NAMES)} names normalised; sorted by last word:")
print(sorted(ok, key=lambda n: n.split()[-1].lower()))
