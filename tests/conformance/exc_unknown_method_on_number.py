# exc: an unknown method of int, float or bool is AttributeError whatever the arguments (found by tests/randomized.rs)
for v in [1, 1.5, True, 10**30]:
    for call in [lambda: v.nosuch(), lambda: v.nosuch(1), lambda: v.nosuch(1, 2)]:
        try:
            call()
        except Exception as e:
            print(type(v).__name__, type(e).__name__, e)
print((255).bit_length(), (7).bit_count(), (2.0).is_integer(), (3).conjugate())
