# area: realistic agent script: group words into anagram classes, find palindromes and letter-frequency fingerprints
from collections import Counter, defaultdict

WORDS = """listen silent enlist google elgoog inlets banana tinsel level radar stone notes onset tones
seton racecar apple papel lappe noon civic""".split()

groups = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)
multi = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
for g in multi:
    print(f"{len(g)}: {' '.join(g)}")
print("singletons:", sorted(g[0] for g in groups.values() if len(g) == 1))
pals = [w for w in WORDS if w == w[::-1]]
print("palindromes:", pals)
freq = Counter("".join(WORDS))
print("top letters:", freq.most_common(5))
print("vowel share: {:.1%}".format(sum(freq[v] for v in "aeiou") / sum(freq.values())))
def fingerprint(w):
    c = Counter(w)
    return "".join(f"{ch}{c[ch]}" for ch in sorted(c))
print({w: fingerprint(w) for w in ["banana", "level", "apple"]})
can_build = lambda word, tiles: all(Counter(tiles)[ch] >= n for ch, n in Counter(word).items())
print([w for w in ["stone", "tones", "notes", "banana", "nab"] if can_build(w, "tsonebna")])
