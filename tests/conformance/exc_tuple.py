# exc: except with a tuple of exception types
def risky(i):
    return [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: "ok"][i]()
for i in range(5):
    try:
        print(risky(i))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print("key/value:", type(e).__name__, e)
