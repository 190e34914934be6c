# expect: error TypeError
# attacks: type(name, bases, dict) builds a class exactly as a class statement does, and no more: it cannot
# derive from `type` (a metaclass), from `bool`, or reach anything a class statement cannot.
C = type("C", (), {"x": 1, "get": lambda self: self.x})
if C().get() != 1 or C.__name__ != "C":
    print("ESCAPED: the class was not built as a class statement would")
for name in ["__subclasses__", "__globals__", "__code__"]:
    if hasattr(C, name) or hasattr(C.get, name):
        print("ESCAPED", name)
try:
    type("Meta", (type,), {})
    print("ESCAPED: a metaclass was built")
except TypeError:
    pass
type("Flag", (bool,), {})
