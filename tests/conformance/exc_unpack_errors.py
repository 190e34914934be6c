# exc: ValueError messages for unpacking mismatches
cases = [
    lambda: [1, 2],
    lambda: [1, 2, 3, 4],
    lambda: "ab",
    lambda: (),
]
for make in cases:
    try:
        a, b, c = make()
        print("ok", a, b, c)
    except ValueError as e:
        print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    first, *rest, last = [1]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
