# task: build acronyms from phrases, expand known acronyms in text and detect defined acronyms
import re

PHRASES = [
    "Portable Network Graphics",
    "as soon as possible",
    "Graphics Processing Unit",
    "Application Programming Interface",
    "the United States of America",
    "Just-In-Time compilation",
    "Read-Eval-Print Loop",
    "self-contained underwater breathing apparatus",
]
MINOR = {"of", "the", "and", "for", "a", "an", "in", "on", "to"}


def acronym(phrase: str, keep_minor: bool = False) -> str:
    words = re.split(r"[\s\-]+", phrase)
    return "".join(w[0].upper() for w in words if w and (keep_minor or w.lower() not in MINOR))


for phrase in PHRASES:
    print(f"{acronym(phrase):<8} {acronym(phrase, keep_minor=True):<9} {phrase}")

DOC = """The Central Processing Unit (CPU) talks to the GPU over PCIe. An Application Binary
Interface (ABI) differs from an API. We shipped it ASAP, then wrote a Request For Comments (RFC).
Mismatched Definition Here (MXD) is wrong."""

print()
definitions = {}
for m in re.finditer(r"((?:[A-Z][a-z]+\s+){1,6})\(([A-Z]{2,})\)", DOC):
    words, short = m.group(1).split(), m.group(2)
    candidate = words[-len(short):]
    expected = "".join(w[0] for w in candidate)
    if expected == short:
        definitions[short] = " ".join(candidate)
        print(f"defined {short} = {definitions[short]}")
    else:
        print(f"warning: {short} does not match {' '.join(candidate)!r} (got {expected})")

known = {acronym(p): p for p in PHRASES} | definitions
undefined = sorted({a for a in re.findall(r"\b[A-Z]{2,}[a-z]?\b", DOC) if a not in known})
print("undefined acronyms:", undefined)

expanded = re.sub(r"\b(GPU|API|ASAP)\b", lambda m: f"{m.group(1)} ({known[m.group(1)]})", DOC.splitlines()[0] + " API ASAP")
print(expanded)
