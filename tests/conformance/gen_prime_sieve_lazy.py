# area: generators: incremental prime sieve generator, twin primes and prime gaps via chained generators and islice
from itertools import islice, count

def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

def pairs(it):
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x

print(list(islice(primes(), 15)))
twins = ((a, b) for a, b in pairs(primes()) if b - a == 2)
print(list(islice(twins, 8)))
gaps = {}
for a, b in islice(pairs(primes()), 500):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:6])
record = (0, None)
for a, b in islice(pairs(primes()), 1000):
    if b - a > record[0]:
        record = (b - a, a)
print("largest gap in first 1000 pairs:", record)
p = primes()
print(sum(next(p) for _ in range(100)))
