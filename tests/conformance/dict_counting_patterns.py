# area: dict: counting with get, setdefault, dict comprehension, sorting by value, top-N and merging count dicts
TEXT = "the cat sat on the mat the dog sat on the log and the cat ran"
words = TEXT.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_freq = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_freq[:4])
positions = {}
for i, w in enumerate(words):
    positions.setdefault(w, []).append(i)
print({w: p for w, p in positions.items() if len(p) > 1})
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(sorted(first_seen, key=first_seen.get)[:5])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
print(dict(sorted(by_len.items())))
c1 = {"a": 1, "b": 2}
c2 = {"b": 3, "c": 4}
merged = {k: c1.get(k, 0) + c2.get(k, 0) for k in sorted(c1.keys() | c2.keys())}
print(merged, {k: v for k, v in merged.items() if v % 2})
hist = {n: "*" * n for n in sorted(set(counts.values()))}
for n, stars in hist.items():
    ws = sorted(w for w, c in counts.items() if c == n)
    print(f"{n} {stars:<5} {', '.join(ws)}")
print(len(counts), sum(counts.values()), max(counts, key=counts.get), min(counts.values()))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], []), list(counts)[:3], list(reversed(counts))[:2])
