# %-formatting with * widths and precisions, and integer precision (minimum digits).
print(repr('%.3d' % 5), repr('%05.3d' % 5), repr('%-6.3d|' % -5), repr('%+.3d' % 5))
print(repr('%*d' % (5, 42)), repr('%-*d|' % (5, 42)), repr('%*d|' % (-5, 42)))
print(repr('%.*f' % (2, 3.14159)), repr('%*.*f' % (8, 2, 3.14159)), repr('%*s|' % (6, 'ab')))
print(repr('%.3x' % 5), repr('%#.3x' % 5), repr('%#8.3X' % 255), repr('%.2o' % 8))
rows = [("apples", 3), ("kiwis", 12), ("figs", 100)]
w = max(len(name) for name, _ in rows)
for name, n in rows:
    print("%-*s %*d" % (w, name, 4, n))
for bad in [lambda: '%(a)*d' % {'a': 1}, lambda: '%*d' % ('x', 1), lambda: '%*d' % (3,)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
