# float: ** overflow raises OverflowError with errno's args (34, message), as CPython (found by tests/randomized.rs)
for base, exp in [(1e300, 2), (10.0, 400), (-1e200, 3), (2.0, 1024)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print(type(e).__name__, e, e.args, repr(e))
print(2.0 ** 1023, 1e300 ** 1, (-2.0) ** 3)
