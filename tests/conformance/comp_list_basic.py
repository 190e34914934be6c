# comp: list comprehensions over ranges, strings and lists
print([x * x for x in range(6)])
print([c.upper() for c in "abc"])
print([len(w) for w in "the quick brown fox".split()])
print([(x, x % 3) for x in range(4)])
print([str(n) for n in [1, 22, 333]])
print([0 for _ in range(3)])
print([x for x in []])
print([[x] for x in "ab"])
