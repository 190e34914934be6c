# area: str: slugify titles, normalise whitespace, truncate on word boundaries, title-case with exceptions
import re

TITLES = [
    "  Hello, World!  ",
    "The Quick   Brown Fox -- Jumps over the Lazy Dog",
    "Python 3.11: What's New?",
    "ALL CAPS HEADLINE for a BLOG post",
    "a tale of two cities",
    "",
]
SMALL = {"a", "an", "the", "of", "for", "over", "and", "to"}

def slugify(s):
    s = s.lower().strip()
    s = re.sub(r"[^\w\s-]", "", s)
    s = re.sub(r"[\s_-]+", "-", s)
    return s.strip("-")

def smart_title(s):
    words = s.lower().split()
    out = []
    for i, w in enumerate(words):
        if i and i != len(words) - 1 and w in SMALL:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)

def truncate(s, n, ellipsis="..."):
    s = " ".join(s.split())
    if len(s) <= n:
        return s
    cut = s[: n - len(ellipsis) + 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",.:;-") + ellipsis

for t in TITLES:
    print(f"{slugify(t)!r:<48} {smart_title(t)!r}")
print()
for n in (10, 20, 30):
    print(n, repr(truncate(TITLES[1], n)))
print(repr(truncate("short", 10)), repr(truncate("unbreakablewordhere", 8)))
print("|".join(w.center(7, ".") for w in ["a", "bb", "ccc"]))
print("camelCaseToSnake ->", re.sub(r"(?<!^)(?=[A-Z])", "_", "camelCaseToSnake").lower())
print("snake_to_camel ->", "".join(p.capitalize() if i else p for i, p in enumerate("snake_to_camel".split("_"))))
