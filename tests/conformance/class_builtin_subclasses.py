# class: subclasses of builtin types (dict with __missing__, list, str, float, int, set, tuple, Counter, defaultdict)
class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("Hello {name}, meet {other}".format_map(SafeDict(name="Ana")))
d = SafeDict(a=1)
d["b"] = 2
print(d, len(d), "a" in d, d["zz"], d.get("zz"), sorted(d), isinstance(d, dict), type(d).__name__)
import json
print(json.dumps(d), dict(d), list(d.items()))

class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.append(3)
s += [4]
print(s, s.peek(), len(s), type(s).__name__, s[1:], sum(s), s == [1, 2, 3, 4], isinstance(s, list))

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u, repr(u), u.shout(), u + "x", len(u), u == "hi", {u: 1}["hi"], f"[{u:>5}]", u.split("i"))

class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(21.5)
print(c, c.to_f(), c + 1, round(c), f"{c:.2f}", c > 20, int(c))

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
m = Money(5)
print(m, repr(m), m + 3, m * 2, str(m), [m], m == 5, hash(m) == hash(5), range(m)[-1])

class Config(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.loaded = True
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
cfg = Config({"host": "x"}, port=1)
print(cfg["HOST"], cfg.loaded, cfg, dict.__contains__(cfg, "host"))

class Tags(set):
    pass
t = Tags(["b", "a"])
t.add("c")
print(sorted(t), len(t), "a" in t, type(t).__name__)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p[1], len(p), a := p[0])
x, y = p
print(x, y, p == (1, 2))
import copy
d2 = copy.deepcopy(d)
print(type(d2).__name__, d2, d2["q"])
from collections import Counter, defaultdict
class Tally(Counter):
    def top(self):
        return self.most_common(1)[0]
tl = Tally("abracadabra")
print(tl.top(), tl["z"], tl)
class Groups(defaultdict):
    def __init__(self):
        super().__init__(list)
g = Groups()
g["x"].append(1)
print(dict(g))
