# task: estimate syllables and compute Flesch reading-ease and grade scores for several passages
import re
from statistics import mean

PASSAGES = {
    "children": "The cat sat on the mat. It was a sunny day. The dog ran to the cat. They played all day.",
    "news": "The central bank raised interest rates by a quarter point on Wednesday, citing persistent "
            "inflation and a resilient labour market. Analysts expect further increases this year.",
    "legal": "Notwithstanding the foregoing, the licensee shall indemnify the licensor against all "
             "liabilities arising from unauthorized modifications, including consequential damages.",
}


def syllables(word: str) -> int:
    word = word.lower()
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:es|ed|e)$", "", word) or word
    groups = re.findall(r"[aeiouy]+", word)
    return max(1, len(groups))


def stats(text: str) -> dict:
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    words = re.findall(r"[A-Za-z']+", text)
    syl = [syllables(w) for w in words]
    wps = len(words) / len(sentences)
    spw = sum(syl) / len(words)
    return {
        "sentences": len(sentences),
        "words": len(words),
        "syllables": sum(syl),
        "complex": sum(1 for s in syl if s >= 3),
        "ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "grade": 0.39 * wps + 11.8 * spw - 15.59,
    }


def label(ease: float) -> str:
    for threshold, name in ((90, "very easy"), (70, "easy"), (60, "standard"), (30, "difficult")):
        if ease >= threshold:
            return name
    return "very confusing"


print(f"{'passage':<10}{'sent':>5}{'words':>6}{'syl':>5}{'cplx':>5}{'ease':>8}{'grade':>7}  level")
results = {}
for name, text in PASSAGES.items():
    s = results[name] = stats(text)
    print(f"{name:<10}{s['sentences']:>5}{s['words']:>6}{s['syllables']:>5}{s['complex']:>5}"
          f"{s['ease']:>8.1f}{s['grade']:>7.1f}  {label(s['ease'])}")

print()
for w in ["the", "cat", "table", "interest", "notwithstanding", "unauthorized", "queue", "rhythm"]:
    print(f"{w}={syllables(w)}", end="  ")
print()
print(f"mean ease: {mean(r['ease'] for r in results.values()):.2f}")
hardest = min(results, key=lambda k: results[k]["ease"])
print("hardest passage:", hardest)
