# exc: bare raise re-raises the current exception
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("logging failure for", repr(s))
        raise
for s in ["12", "x1"]:
    try:
        print(parse(s))
    except ValueError as e:
        print("outer:", e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        print("first handler", e)
        raise
except LookupError as e:
    print("second handler", type(e).__name__, e)
