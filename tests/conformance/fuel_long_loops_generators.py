# area: fuel: long-running loops over generators and comprehensions (~200k steps) with checksum output
def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2 ** 31
        yield x

g = lcg(42)
total = 0
hist = [0] * 10
for _ in range(60000):
    v = next(g)
    total = (total + v) % 1_000_003
    hist[v % 10] += 1
print(total, hist, sum(hist))
squares = sum(i * i for i in range(50000))
print(squares)
words = ["w" + str(i % 997) for i in range(30000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), max(counts.values()), min(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(ranked)
primes = [n for n in range(2, 20000) if all(n % p for p in range(2, int(n ** 0.5) + 1))]
print(len(primes), primes[-3:])
