# exc: str(e) for common builtin exceptions matches CPython messages
five = 5
nothing = None
def msg(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"
print(msg(lambda: [1, 2][5]))
print(msg(lambda: (1,)[-9]))
print(msg(lambda: "abc"[10]))
print(msg(lambda: {"a": 1}["x"]))
print(msg(lambda: 1 / 0))
print(msg(lambda: 1 + "2"))
print(msg(lambda: undefined_name))
print(msg(lambda: int("abc")))
print(msg(lambda: int("")))
print(msg(lambda: float("x1")))
print(msg(lambda: five[0]))
print(msg(lambda: nothing()))
print(msg(lambda: len(5)))
print(msg(lambda: int([1])))
print(msg(lambda: "a" - "b"))
print(msg(lambda: [1, 2, 3].index(7)))
