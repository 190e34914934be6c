# dict: KeyError messages for str, int and tuple keys
d = {"a": 1}
try:
    d["x"]
except KeyError as e:
    print("caught", e, repr(e), e.args)
try:
    d[42]
except KeyError as e:
    print("caught", e)
try:
    d[(1, "b")]
except KeyError as e:
    print("caught", e)
try:
    del d["missing"]
except KeyError as e:
    print("del", e)
try:
    d[""]
except LookupError as e:
    print("lookup", e)
print(d)
