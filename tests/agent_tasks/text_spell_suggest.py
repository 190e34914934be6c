# task: suggest corrections for misspelled words using Levenshtein distance with functools.lru_cache
from functools import lru_cache

VOCABULARY = """agent tool retry request response timeout schedule deploy database query index
cache memory thread process kernel network socket buffer stream parser token lexer grammar""".split()


def levenshtein(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def d(i: int, j: int) -> int:
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)

    return d(len(a), len(b))


def suggest(word: str, limit: int = 3, max_distance: int = 2):
    scored = sorted((levenshtein(word, v), v) for v in VOCABULARY)
    return [(v, dist) for dist, v in scored[:limit] if dist <= max_distance]


TEXT = "the agnet sent a reqeust but the responce hit a timout so it will retyr the qeury on the databse"
known = set(VOCABULARY) | {"the", "sent", "a", "but", "hit", "so", "it", "will", "on"}
corrected = []
for word in TEXT.split():
    if word in known:
        corrected.append(word)
        continue
    options = suggest(word)
    if options:
        best = options[0][0]
        print(f"{word:<10} -> {best:<10} candidates: {', '.join(f'{w}({d})' for w, d in options)}")
        corrected.append(best)
    else:
        print(f"{word:<10} -> (no suggestion)")
        corrected.append(word)

print()
print("original: ", TEXT)
print("corrected:", " ".join(corrected))
print()
pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]
for a, b in pairs:
    print(f"distance({a!r}, {b!r}) = {levenshtein(a, b)}")
