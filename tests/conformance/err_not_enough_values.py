# area: err: unpacking too few values raises ValueError: not enough values to unpack
pairs = [(1, 2), (3, 4), (5,)]
for p in pairs:
    a, b = p
    print(a + b)
