# exc: e.args and str() for exceptions with zero, one or several arguments
e0 = ValueError()
e1 = ValueError("one")
e2 = ValueError("two", 2)
for e in [e0, e1, e2]:
    print(e.args, repr(str(e)))
try:
    raise KeyError("key", "extra")
except KeyError as e:
    print(e.args, e)
try:
    raise Exception(404, "not found")
except Exception as e:
    code, text = e.args
    print(code, text)
try:
    int("nope")
except ValueError as e:
    print(e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e.args, e)
