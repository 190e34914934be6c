# exc: raise ... from ... sets __cause__
def load(key):
    data = {"a": "1", "b": "x"}
    try:
        return int(data[key])
    except KeyError as e:
        raise ValueError("missing config " + key) from e
    except ValueError as e:
        raise RuntimeError("bad value for " + key) from e
for key in ["a", "b", "c"]:
    try:
        print(load(key))
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
        print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__cause__)
try:
    raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__)
