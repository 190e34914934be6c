# expect: ok
# attacks: hasattr probes for every dangerous dunder must all be False
def f(x=1):
    return x
targets = [f, len, 1, "s", [], {}, (), type(1), ().__class__.__bases__[0], range(3), ValueError("x")]
bad = ["__globals__", "__code__", "__closure__", "__builtins__", "__subclasses__", "__self__", "__dict__",
       "__getattribute__", "__init__", "__reduce__", "__reduce_ex__", "__subclasshook__", "gi_frame",
       "f_back", "tb_frame", "f_globals", "__func__", "__defaults__", "__kwdefaults__", "func_globals"]
found = [(repr(t), b) for t in targets for b in bad if hasattr(t, b)]
if found:
    print("ESCAPED", found)
print("probed", len(targets) * len(bad))
