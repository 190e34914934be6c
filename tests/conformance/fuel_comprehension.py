# fuel: large comprehensions and nested key calls
data = [(i * 37) % 1000 for i in range(20000)]
print(sum([d for d in data if d % 3 == 0]))
buckets = {}
for d in data:
    buckets[d % 10] = buckets.get(d % 10, 0) + 1
print(buckets)
pairs = sorted([(d % 17, d) for d in data[:2000]], key=lambda p: (p[0], -p[1]))
print(pairs[:4], pairs[-2:])
