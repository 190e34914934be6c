# task: split text into sentences handling abbreviations, decimals, ellipses and quotes
import re

TEXT = """Dr. Smith arrived at 9 a.m. on Jan. 5. She paid $3.50 for coffee! Was it worth it?
Mr. Jones said "It's fine." Then he left... The U.S. team won 2-1; e.g. they scored late.
Version 2.0 ships today. Prices rose 4.5% vs. last year"""

ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "jan", "feb", "vs", "e.g", "i.e", "a.m", "p.m", "u.s", "etc"}
BOUNDARY = re.compile(r'([.!?]+["\']?)(\s+)(?=["\']?[A-Z0-9])')


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    sentences, start = [], 0
    for m in BOUNDARY.finditer(text):
        end = m.end(1)
        before = text[start:m.start(1)]
        last_word = before.rsplit(" ", 1)[-1].lower()
        if m.group(1) == "." and last_word in ABBREVIATIONS:
            continue
        sentences.append(text[start:end].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


sentences = split_sentences(TEXT)
for i, s in enumerate(sentences, 1):
    kind = "question" if s.endswith("?") else "exclaim" if s.endswith("!") else "statement"
    print(f"{i:>2}. [{kind:<9}] {s}")

print()
lengths = [len(s.split()) for s in sentences]
print(f"{len(sentences)} sentences, avg {sum(lengths) / len(lengths):.2f} words, longest {max(lengths)} words")
naive = [s for s in re.split(r"(?<=[.!?])\s+", " ".join(TEXT.split())) if s]
print(f"naive split would give {len(naive)} pieces, e.g. {naive[:3]}")
