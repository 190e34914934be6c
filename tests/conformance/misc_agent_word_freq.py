# area: realistic agent script: tokenise text, word frequencies with Counter, bigrams, stopwords, aligned histogram
import re
from collections import Counter

TEXT = """The agent reads the task. The agent plans, then the agent acts!
Acting without planning is risky; planning without acting is useless.
A good agent plans, acts, observes -- and plans again."""

STOP = {"the", "a", "is", "and", "then", "without"}
words = re.findall(r"[a-z']+", TEXT.lower())
print("tokens:", len(words), "distinct:", len(set(words)))
counts = Counter(w for w in words if w not in STOP)
for word, n in counts.most_common(6):
    print(f"{word:<10}{n:>3} {'#' * n}")

bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(b) + f"={n}" for b, n in bigrams.most_common(3)])

sentences = [s.strip() for s in re.split(r"[.!;]+", TEXT) if s.strip()]
print("sentences:", len(sentences))
for s in sentences:
    ws = s.split()
    print(f"  {len(ws):>2} words, longest={max(ws, key=len)!r}")

stems = Counter(re.sub(r"(ing|s)$", "", w) for w in words if len(w) > 3)
print("stems:", sorted(stems.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lengths = Counter(len(w) for w in words)
print("length histogram:", dict(sorted(lengths.items())))
caps = re.findall(r"\b[A-Z]\w*", TEXT)
print("capitalised:", caps)
