# dicts: a builtin probe (int, str, tuple) finds a script object key whose __eq__ says equal; hasattr on builtin types
class Alias:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash(self.target)

    def __eq__(self, other):
        if isinstance(other, Alias):
            return self.target == other.target
        return other == self.target


d = {Alias(1): "one", Alias("name"): "str", Alias((1, 2)): "pair"}
print(d.get(1), d.get("name"), d.get((1, 2)), 1 in d, "name" in d, (1, 2) in d, 2 in d, "other" in d)
print(d[1], d["name"], {1: "a"}.get(Alias(1)))
s = {Alias(5)}
print(5 in s, 6 in s, len(s | {5}))
d[1] = "replaced"
print(len(d), d[Alias(1)])
print(hasattr(list, "__float__"), hasattr(list, "__len__"), hasattr(str, "__index__"), hasattr(int, "__index__"))
print(hasattr(dict, "__add__"), hasattr(tuple, "__hash__"), hasattr(float, "__int__"), getattr(list, "__xor__", None))


class L(list):
    pass


print(hasattr(L(), "__float__"), hasattr(L(), "__len__"), hasattr(L, "__getitem__"))
