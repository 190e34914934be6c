# task: rank keywords of support tickets with TF-IDF computed using math.log and Counter
import math
import re
from collections import Counter

TICKETS = {
    "T-101": "Login fails with invalid password error after password reset. Reset email arrived late.",
    "T-102": "Invoice PDF shows wrong tax amount. Tax should be 20 percent for EU customers.",
    "T-103": "App crashes on login when the network is slow. Crash happens on Android only.",
    "T-104": "Please add dark mode. The app is too bright at night.",
    "T-105": "Refund not received for duplicate invoice. Invoice number 5521 charged twice.",
}
STOP = set("a an the is for on at to of and with when after only not be should too please".split())


def tokenize(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2]


docs = {tid: tokenize(text) for tid, text in TICKETS.items()}
df = Counter()
for words in docs.values():
    df.update(set(words))
N = len(docs)


def tfidf(words: list[str]) -> dict[str, float]:
    tf = Counter(words)
    total = len(words)
    return {w: (n / total) * (math.log((1 + N) / (1 + df[w])) + 1) for w, n in tf.items()}


vectors = {}
for tid, words in docs.items():
    scores = tfidf(words)
    vectors[tid] = scores
    top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(f"{tid}: " + ", ".join(f"{w} ({s:.3f})" for w, s in top))


def cosine(a: dict, b: dict) -> float:
    dot = sum(a[k] * b.get(k, 0.0) for k in a)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


print()
ids = list(vectors)
pairs = [(cosine(vectors[a], vectors[b]), a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
for sim, a, b in sorted(pairs, reverse=True)[:3]:
    print(f"similar: {a} ~ {b} = {sim:.3f}")
common = [w for w, n in df.most_common() if n > 1]
print("terms in several tickets:", sorted(common))
