# area: with statements over user context managers: enter/exit order, suppression, return/break/continue
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow

with CM("a") as x:
    print("body", x)

with CM("b", swallow=True):
    raise ValueError("boom")
print("after b")

try:
    with CM("c") as c, CM("d") as d:
        print("inner", c, d)
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def f():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                return "returned"
            if i == 0:
                continue
    return "end"
print(f())

def g():
    while True:
        with CM("brk"):
            break
    return "ok"
print(g())

class Tx:
    def __init__(self):
        self.log = []
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.log.append("closed")
        return False
t = Tx()
with t as same:
    print(same is t)
print(t.log)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
with CM("nested"):
    with CM("inner", swallow=True):
        1 / 0
    print("still")
