# exc: ValueError messages from conversions and lookups
cases = [
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: int("ff", 10),
    lambda: int("9", 8),
    lambda: float("abc"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: [].remove(0),
    lambda: chr(-1),
    lambda: range(1, 2, 0),
    lambda: max([]),
    lambda: min([]),
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(e)
