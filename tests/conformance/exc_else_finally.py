# exc: else runs only when no exception; exceptions in else are not caught by the same try
def f(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        print("zero")
    else:
        print("else", v)
        if v > 5:
            raise ValueError("too big")
    finally:
        print("finally", x)
for x in [1, 0, 5]:
    try:
        f(x)
    except ValueError as e:
        print("outer", e)
