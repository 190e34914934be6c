# cmp: ordering incompatible types raises TypeError with CPython's message
pairs = [(1, "a"), ("a", 1), (None, 0), ([1], (1,)), ({}, {}), (1.5, "x")]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([3, "x", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2] < [1, "b"])
except TypeError as e:
    print("TypeError:", e)
print(1 == "a", None != 0)
