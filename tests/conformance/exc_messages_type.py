# exc: TypeError messages for operand, subscript and call errors
five = 5
nothing = None
pair = (1, 2)
text = "abc"
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + 1,
    lambda: 1 - None,
    lambda: 3 * None,
    lambda: five[0],
    lambda: nothing[0],
    lambda: pair["a"],
    lambda: text[1.5],
    lambda: len(3),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: {}[[1]],
    lambda: 1 < "a",
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
