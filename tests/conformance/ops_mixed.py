# ops: result types of mixed int/float/bool arithmetic
vals = [1 + 1, 1 + 1.0, 2 * True, 6 / 3, 7 // 2, 7.0 // 2, 2 ** 2, 2 ** -2, 7 % 2.5]
for v in vals:
    print(repr(v), type(v).__name__)
print(0.1 + 0.7, 0.7 + 0.1)
print(3 * 1.1)
print(10 - 9.99)
