# task: extract word bigrams and character trigrams to find repeated phrases and compare texts
import re
from collections import Counter
from itertools import islice

TEXT_A = """to be or not to be that is the question whether tis nobler in the mind to suffer
the slings and arrows of outrageous fortune or to take arms against a sea of troubles"""
TEXT_B = """to sleep perchance to dream ay there's the rub for in that sleep of death what dreams
may come when we have shuffled off this mortal coil must give us pause"""


def tokens(text):
    return re.findall(r"[a-z']+", text.lower())


def ngrams(seq, n):
    return zip(*(islice(seq, i, None) for i in range(n)))


words_a = tokens(TEXT_A)
bigrams = Counter(ngrams(words_a, 2))
print("top bigrams in A:")
for (w1, w2), count in bigrams.most_common(4):
    print(f"  {w1} {w2}: {count}")

trigram_counts = Counter(" ".join(t) for t in ngrams(words_a, 3))
repeated = sorted(t for t, c in trigram_counts.items() if c > 1)
print("repeated trigrams:", repeated or "none")


def char_profile(text, n=3):
    clean = re.sub(r"\s+", " ", text.lower())
    return Counter(clean[i:i + n] for i in range(len(clean) - n + 1))


def jaccard(a: Counter, b: Counter) -> float:
    keys_a, keys_b = set(a), set(b)
    return len(keys_a & keys_b) / len(keys_a | keys_b)


pa, pb = char_profile(TEXT_A), char_profile(TEXT_B)
print(f"char trigram jaccard(A, B) = {jaccard(pa, pb):.4f}")
print(f"char trigram jaccard(A, A) = {jaccard(pa, pa):.4f}")
shared = Counter({k: min(pa[k], pb[k]) for k in pa.keys() & pb.keys()})
print("most shared trigrams:", [(k, v) for k, v in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])

words_b = tokens(TEXT_B)
common_words = sorted(set(words_a) & set(words_b))
print("shared vocabulary:", ", ".join(common_words))
print("pairs with 'to':", sorted({b for a, b in ngrams(words_a + words_b, 2) if a == "to"}))
