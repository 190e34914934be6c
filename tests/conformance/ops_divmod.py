# ops: divmod for ints and floats matches // and %
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2**65, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q == a // b, r == a % b)
print(divmod(7.0, 2), divmod(-7, 2.5))
seconds = 100000
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(d, h, m, s)
