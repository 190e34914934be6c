# task: slugify article titles (accents, punctuation, length limits) and make the slugs unique
import re

ACCENTS = str.maketrans({
    "à": "a", "á": "a", "â": "a", "ä": "a", "ç": "c", "è": "e", "é": "e", "ê": "e", "ë": "e",
    "ì": "i", "í": "i", "î": "i", "ï": "i", "ñ": "n", "ò": "o", "ó": "o", "ô": "o", "ö": "o",
    "ù": "u", "ú": "u", "û": "u", "ü": "u", "ß": "ss", "—": "-",
})

TITLES = [
    "Hello, World!",
    "  Crème Brûlée: A Love Story  ",
    "Python 3.11 — What's New?",
    "hello world",
    "Ünïcödé & Friends",
    "The Quick Brown Fox Jumps Over The Lazy Dog Again And Again And Again",
    "C++ vs. C#",
    "!!!",
    "Hello World",
]


def slugify(text: str, max_length: int = 40, sep: str = "-") -> str:
    text = text.lower().translate(ACCENTS)
    text = text.encode("ascii", "ignore").decode("ascii")
    text = text.replace("&", " and ").replace("+", " plus ").replace("#", " sharp ")
    text = re.sub(r"[^a-z0-9]+", sep, text).strip(sep)
    if len(text) > max_length:
        cut = text[:max_length]
        text = cut.rsplit(sep, 1)[0] if sep in cut else cut
    return text or "untitled"


def unique_slugs(titles):
    used: dict[str, int] = {}
    for title in titles:
        base = slugify(title)
        count = used.get(base, 0)
        slug = base if count == 0 else f"{base}-{count + 1}"
        used[base] = count + 1
        yield title, slug


for title, slug in unique_slugs(TITLES):
    print(f"{title.strip()!r:<72} -> {slug}")

print()
print("underscore style:", slugify("Quarterly Report: Q3/2024", sep="_"))
print("short:", slugify("Internationalization and Localization", max_length=12))
