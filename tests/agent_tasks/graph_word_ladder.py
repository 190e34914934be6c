# task: solve word ladders (change one letter at a time) with BFS over wildcard buckets
from collections import defaultdict, deque

WORDS = """cold cord card ward warm word wore core care dare dart wart bold bolt boat coat
cost most mist mast cast case cave gave give live love lose lost host hose rose""".split()

buckets = defaultdict(list)
for w in WORDS:
    for i in range(len(w)):
        buckets[w[:i] + "_" + w[i + 1:]].append(w)


def neighbours(word):
    for i in range(len(word)):
        for other in buckets[word[:i] + "_" + word[i + 1:]]:
            if other != word:
                yield other


def ladder(start, end):
    if start not in WORDS or end not in WORDS:
        missing = start if start not in WORDS else end
        raise ValueError(f"{missing!r} is not in the dictionary")
    prev = {start: None}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        if word == end:
            chain = []
            while word:
                chain.append(word)
                word = prev[word]
            return chain[::-1]
        for nxt in sorted(neighbours(word)):
            if nxt not in prev:
                prev[nxt] = word
                queue.append(nxt)
    return None


for a, b in [("cold", "warm"), ("boat", "cost"), ("love", "host"), ("cold", "rose"), ("cold", "heat")]:
    try:
        chain = ladder(a, b)
    except ValueError as e:
        print(f"{a} -> {b}: {e}")
        continue
    if chain:
        print(f"{a} -> {b} in {len(chain) - 1} steps: {' > '.join(chain)}")
    else:
        print(f"{a} -> {b}: impossible")

degree = {w: len(set(neighbours(w))) for w in WORDS}
hub = max(sorted(degree), key=degree.get)
print(f"best connected word: {hub} ({degree[hub]} neighbours: {', '.join(sorted(set(neighbours(hub))))})")
print("isolated words:", sorted(w for w, d in degree.items() if d == 0))
print("largest bucket:", max(sorted(buckets.items()), key=lambda kv: len(kv[1])))
