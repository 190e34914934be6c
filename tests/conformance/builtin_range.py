# builtin: range objects support len, indexing, slicing, membership and iteration
r = range(3, 20, 4)
print(list(r), len(r), r[0], r[-1], r[2])
print(7 in r, 8 in r, 19 in r, 20 in r)
print(list(range(10, -10, -5)), len(range(10, -10, -5)))
print(list(range(-3)), list(range(-3, 0)))
neg = range(0, -10, -3)
print(list(neg), neg[1], -9 in neg, -10 in neg)
print(r == range(3, 20, 4), range(0) == range(5, 5))
print(r)
try:
    r[10]
except IndexError as e:
    print(e)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
