# exc: an exception raised inside an except block replaces the original
def convert(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]
try:
    convert("abc")
except KeyError as e:
    print("KeyError", e)
    print(e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally runs first")
except KeyError as e:
    print("then handler", e)
