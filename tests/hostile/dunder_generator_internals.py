# expect: ok
# attacks: generator internals (gi_frame, gi_code, gi_yieldfrom, f_back, f_globals) by attribute, getattr and format strings: none exists
def g():
    yield 1

gen = g()
next(gen)
for name in ["gi_frame", "gi_code", "gi_running", "gi_yieldfrom", "gi_suspended", "__code__", "__globals__", "f_back"]:
    try:
        getattr(gen, name)
        print("ESCAPED", name)
    except AttributeError:
        pass
    try:
        "{0.gi_frame.f_back}".format(gen)
        print("ESCAPED format")
    except AttributeError:
        pass
print("ok")
