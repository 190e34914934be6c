# area: realistic agent script: word ladder via BFS over one-letter edits with wildcard buckets and path reconstruction
WORDS = """cold cord card ward warm word worm corm core care dare wore wart want wand
bold bolt boat coat cost cast case cash wash wish fish dish""".split()

buckets = {}
for w in WORDS:
    for i in range(len(w)):
        buckets.setdefault(w[:i] + "_" + w[i + 1:], []).append(w)

def ladder(start, goal):
    if start not in WORDS or goal not in WORDS:
        return None
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for i in range(len(w)):
                for n in buckets[w[:i] + "_" + w[i + 1:]]:
                    if n not in prev:
                        prev[n] = w
                        nxt.append(n)
        if goal in prev:
            path = [goal]
            while prev[path[-1]] is not None:
                path.append(prev[path[-1]])
            return path[::-1]
        frontier = nxt
    return []

for a, b in [("cold", "warm"), ("bold", "cash"), ("wish", "dish"), ("cold", "fish"), ("cold", "zzzz"), ("cold", "cold")]:
    p = ladder(a, b)
    desc = "unknown word" if p is None else "no path" if p == [] else f"{len(p) - 1} steps: {' > '.join(p)}"
    print(f"{a} -> {b}: {desc}")
degree = {w: sum(len(buckets[w[:i] + "_" + w[i + 1:]]) - 1 for i in range(len(w))) for w in WORDS}
hub = max(sorted(degree), key=degree.get)
print("most connected:", hub, degree[hub], "| isolated:", sorted(w for w, d in degree.items() if d == 0))
