# expect: error TypeError
# Builtin types can be subclassed where CPython allows it; an instance carries a real builtin value, so
# overriding methods or mixing bases cannot confuse the VM. `bool` is not an acceptable base, as in CPython.
class Sneaky(dict):
    def keys(self):
        return ["injected"]

    def __len__(self):
        return -5


d = Sneaky(a=1)
if list(dict.keys(d)) != ["a"] or d["a"] != 1 or dict(d) != {"a": 1}:
    print("ESCAPED: the dict behind a subclass was confused")
try:
    len(d)
    print("ESCAPED: a negative __len__ was accepted")
except ValueError:
    pass
try:
    class Both(dict, list):
        pass
    print("ESCAPED: two builtin layouts mixed")
except TypeError:
    pass


class Flag(bool):
    pass
