# task: title-case headlines following style rules (minor words, acronyms, hyphens, apostrophes)
import re

MINOR_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "up", "via", "vs"}
PRESERVE = {"API", "NASA", "iPhone", "JSON", "eBay", "SQL", "macOS"}
PRESERVE_LOOKUP = {w.lower(): w for w in PRESERVE}


def cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word else word


def smart_title(text: str) -> str:
    tokens = text.split()
    out = []
    for i, token in enumerate(tokens):
        lead, core, trail = re.match(r"^(\W*)(.*?)(\W*)$", token).groups()
        lower = core.lower()
        first_or_last = i == 0 or i == len(tokens) - 1
        after_colon = i > 0 and tokens[i - 1].endswith(":")
        if lower in PRESERVE_LOOKUP:
            word = PRESERVE_LOOKUP[lower]
        elif lower in MINOR_WORDS and not (first_or_last or after_colon):
            word = lower
        elif "-" in core:
            word = "-".join(cap(part) for part in core.split("-"))
        elif "'" in core:
            head, _, tail = core.partition("'")
            word = cap(head) + "'" + tail.lower()
        else:
            word = cap(core)
        out.append(lead + word + trail)
    return " ".join(out)


HEADLINES = [
    "the lord of the rings: the return of the king",
    "how to build a json api in an afternoon",
    "NASA'S NEW ROVER LANDS ON MARS",
    "a step-by-step guide to sql vs nosql",
    "what is up with the iphone and macos?",
    "don't panic: a hitchhiker's guide",
    "selling on ebay (for beginners)",
]
for h in HEADLINES:
    print(f"{h!r}")
    print(f"   str.title(): {h.title()}")
    print(f"   smart:       {smart_title(h)}")

print(" ".join(w.capitalize() for w in "hELLO wORLD".split()), "|", "hello world".capitalize())
