# Dunder methods of builtin values called directly, and as_integer_ratio on floats and ints.
d = {"b": 3, "a": 1, "c": 2}
print(sorted(d, key=d.__getitem__), "abc".__len__(), [3, 1].__getitem__(1), (3).__add__(4), (2.5).__mul__(2))
print("x".__eq__("x"), (1, 2).__contains__(2), hasattr("s", "__setitem__"), hasattr([], "__setitem__"))
for f in [2.5, -0.1, 0.0, 1e300, 5e-324, 3.0, -7.25, 0.1 + 0.2]:
    n, q = f.as_integer_ratio()
    print(f, n if abs(n) < 10**20 else len(str(n)), q if q < 10**20 else len(str(q)), n / q == f)
print((5).as_integer_ratio(), True.as_integer_ratio(), (-12).as_integer_ratio())
for bad in [float("nan"), float("inf")]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
