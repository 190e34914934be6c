# area: realistic agent script: deduplicate news items by normalised title shingles (Jaccard similarity) and cluster them
import re

ITEMS = [
    "Central bank raises interest rates by 0.25%",
    "Interest rates raised by central bank, up 0.25 points",
    "Local team wins championship after dramatic final",
    "Dramatic final: local team wins the championship",
    "New smartphone model announced with bigger battery",
    "Central bank holds rates steady",
    "Championship parade planned for Sunday",
]
STOP = {"the", "a", "by", "for", "with", "after", "up", "of"}

def shingles(title, k=2):
    words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in STOP]
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)} | {(w,) for w in words}

def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0

sh = [shingles(t) for t in ITEMS]
pairs = []
for i in range(len(ITEMS)):
    for j in range(i + 1, len(ITEMS)):
        s = jaccard(sh[i], sh[j])
        if s >= 0.2:
            pairs.append((round(s, 3), i, j))
for s, i, j in sorted(pairs, reverse=True):
    print(f"{s:.3f}  #{i} ~ #{j}")
cluster = list(range(len(ITEMS)))
def root(x):
    while cluster[x] != x:
        x = cluster[x]
    return x
for s, i, j in pairs:
    if s >= 0.3:
        cluster[root(j)] = root(i)
groups = {}
for i in range(len(ITEMS)):
    groups.setdefault(root(i), []).append(i)
for g in groups.values():
    print(f"{len(g)} item(s): {ITEMS[g[0]]!r}" + (f" (+{[i for i in g[1:]]})" if len(g) > 1 else ""))
