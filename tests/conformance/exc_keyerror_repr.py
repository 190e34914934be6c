# exc: KeyError str() is the repr of the key
for key in ["x", 3, (1, 2), "it's", "", None, 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print(e)
try:
    raise KeyError("custom message")
except KeyError as e:
    print(e, e.args[0])
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)))
