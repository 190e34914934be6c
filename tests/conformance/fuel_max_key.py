# fuel: max with key over a large list of pairs
items = [(i, (i * 7919) % 1009) for i in range(3000)]
best = max(items, key=lambda x: x[1])
print(best)
print(max(items, key=lambda x: (x[1], -x[0])))
print(max(items, key=lambda x: x[0] % 97 * 1000 + x[1] % 13))
names = ["n" + str(i) for i in range(500)]
print(max(names, key=lambda s: (s.count("7"), s)))
