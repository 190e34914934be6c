# task: produce previews of long messages: truncate at word boundaries, keep first sentences, elide middles
import re
import textwrap

MESSAGES = [
    "Deployment finished. All 12 services are healthy and the canary showed no regressions over 30 minutes.",
    "Short note.",
    "Supercalifragilisticexpialidocious-style-identifiers-are-hard-to-truncate-nicely-without-spaces",
    "The migration script failed at step 4 because the orders table has a foreign key that references "
    "a column renamed last week; rolling back now. Next attempt scheduled after the schema fix lands.",
]


def truncate(text: str, limit: int, ellipsis: str = "…") -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ellipsis)]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + ellipsis


def first_sentences(text: str, n: int = 1) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(parts[:n])


def elide_middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = limit - 3
    head = keep - keep // 2
    return f"{text[:head]}...{text[len(text) - keep // 2:]}"


for msg in MESSAGES:
    print(f"original ({len(msg)} chars)")
    print(f"  truncate(40):  {truncate(msg, 40)!r}")
    print(f"  shorten(40):   {textwrap.shorten(msg, 40)!r}")
    print(f"  first sentence: {first_sentences(msg)!r}")
    print(f"  elide(30):     {elide_middle(msg, 30)!r}")

print()
digest = [f"{i}. {truncate(first_sentences(m), 50)}" for i, m in enumerate(MESSAGES, 1)]
print("\n".join(digest))
assert all(len(truncate(m, 40)) <= 40 for m in MESSAGES)
print("all previews within limit")
