# expect: ok
# attacks: hasattr probes for every dangerous dunder must all be False
def f(x=1):
    return x
targets = [f, len, 1, "s", [], {}, (), type(1), ().__class__.__bases__[0], range(3), ValueError("x")]
bad = ["__globals__", "__code__", "__closure__", "__builtins__", "__subclasses__", "__self__",
       "__getattribute__", "__reduce__", "__reduce_ex__", "__subclasshook__", "gi_frame",
       "f_back", "tb_frame", "f_globals", "__func__", "func_globals"]
found = [(repr(t), b) for t in targets for b in bad if hasattr(t, b)]
# Functions are objects with harmless metadata (as in CPython): their own attributes, defaults and nothing else.
if f.__dict__ != {} or f.__defaults__ != (1,) or f.__kwdefaults__ is not None:
    found.append(("function metadata", f.__dict__, f.__defaults__))
if found:
    print("ESCAPED", found)
print("probed", len(targets) * len(bad))
