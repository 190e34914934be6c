# builtin: dir() of objects, classes, builtin values and subclasses, filtered to public names as agents do
class Base:
    kind = "base"

    def describe(self):
        return self.kind


class Item(Base):
    __slots__ = ()
    price = 0

    def total(self, qty):
        return qty * self.price


class Record:
    def __init__(self):
        self.name = "x"
        self.size = 3


def public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]


print(public(Item), public(Item()), public(Record()))
print(public(""), public([]), public({}), public(set()), public(()))


class Env(dict):
    def require(self, key):
        return self[key]


print(public(Env()))
print("__class__" in dir(Record()), "__dict__" in dir(Record()), "__dict__" in dir(Item()))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
