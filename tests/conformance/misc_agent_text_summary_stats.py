# area: realistic agent script: readability stats for a text (sentences, syllable estimate, Flesch score, long words)
import re

TEXT = """Large language models can call tools. They read documentation, write code, and check results.
Sometimes they hallucinate; verification is therefore essential. Short sentences help.
Complicated, multisyllabic terminology substantially decreases comprehensibility for inexperienced readers."""

def syllables(word):
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and n > 1 and not word.endswith("le"):
        n -= 1
    return max(1, n)

sentences = [s for s in re.split(r"(?<=[.!?])\s+", TEXT.strip()) if s]
words = re.findall(r"[A-Za-z']+", TEXT)
syl = [syllables(w) for w in words]
wps = len(words) / len(sentences)
spw = sum(syl) / len(words)
flesch = 206.835 - 1.015 * wps - 84.6 * spw
print(f"sentences={len(sentences)} words={len(words)} syllables={sum(syl)}")
print(f"words/sentence={wps:.2f} syllables/word={spw:.2f} flesch={flesch:.1f}")
for s in sentences:
    ws = re.findall(r"[A-Za-z']+", s)
    print(f"  {len(ws):>2}w {sum(map(syllables, ws)):>3}syl | {s[:50]}")
long_words = sorted({w.lower() for w, n in zip(words, syl) if n >= 4}, key=lambda w: (-syllables(w), w))
print("complex words:", long_words)
print("avg word length: {:.2f}".format(sum(map(len, words)) / len(words)))
band = "easy" if flesch >= 60 else "standard" if flesch >= 30 else "difficult"
print("readability:", band)
