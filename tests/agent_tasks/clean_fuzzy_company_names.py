# task: cluster near-duplicate company names from two vendor lists using normalisation plus similarity scoring
import re
from itertools import combinations

VENDORS = [
    "Acme Corporation", "ACME Corp.", "Acme, Inc.", "Globex LLC", "Globex Limited",
    "Initech", "Init Tech", "Umbrella Corp", "Umbrela Corporation", "Stark Industries",
    "Wayne Enterprises", "Wayne Enterprise Inc",
]

SUFFIXES = r"\b(inc|incorporated|corp|corporation|llc|ltd|limited|co|company)\b"


def normalise(name: str) -> str:
    name = name.lower()
    name = re.sub(r"[^\w\s]", " ", name)
    name = re.sub(SUFFIXES, " ", name)
    return " ".join(name.split())


def bigrams(text: str) -> set[str]:
    text = text.replace(" ", "")
    return {text[i:i + 2] for i in range(len(text) - 1)}


def similarity(a: str, b: str) -> float:
    ba, bb = bigrams(a), bigrams(b)
    if not ba or not bb:
        return 1.0 if a == b else 0.0
    return 2 * len(ba & bb) / (len(ba) + len(bb))


class UnionFind:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


norm = {v: normalise(v) for v in VENDORS}
uf = UnionFind(range(len(VENDORS)))
matches = []
for i, j in combinations(range(len(VENDORS)), 2):
    score = similarity(norm[VENDORS[i]], norm[VENDORS[j]])
    if score >= 0.8:
        uf.union(i, j)
        matches.append((score, VENDORS[i], VENDORS[j]))

print("pairs above threshold:")
for score, a, b in sorted(matches, reverse=True):
    print(f"  {score:.3f}  {a!r} ~ {b!r}")

clusters: dict[int, list[str]] = {}
for i, name in enumerate(VENDORS):
    clusters.setdefault(uf.find(i), []).append(name)
print(f"\n{len(VENDORS)} names -> {len(clusters)} companies")
for members in clusters.values():
    canonical = min(members, key=len)
    print(f"  {canonical:<18} <- {members}")
