# float: repr picks the nearest shortest digits, ties to even, as CPython does (found by tests/randomized.rs)
vals = [0.0029802322387695312, 2.0**-25 * 100000, 10423176308.992188, 2231509614747354.8, 194377130545516.38, 10013356291.976562, 236892410226.89062, 95016185151.82812]
for v in vals:
    print(repr(v), str(-v), [v], f'{v!r}')
