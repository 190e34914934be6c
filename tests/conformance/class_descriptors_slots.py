# class: descriptors (__get__/__set__/__delete__/__set_name__), property deleters, __slots__, in-place dunders
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


class Item:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price


it = Item(2, 5)
print(it.qty, it.price, type(Item.qty).__name__, Item.qty.name)
try:
    it.qty = -1
except ValueError as e:
    print("ValueError:", e)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Report:
    calls = 0

    @Lazy
    def total(self):
        Report.calls += 1
        return 42


r = Report()
print(r.total, r.total, Report.calls)


class Account:
    def __init__(self):
        self._balance = 10

    @property
    def balance(self):
        return self._balance

    @balance.deleter
    def balance(self):
        print("closing")
        self._balance = 0


a = Account()
del a.balance
print(a.balance)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Vec:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __repr__(self):
        return f"Vec({self.v})"


x = Vec(1)
y = x
x += 5
print(x, y, x is y)


class Plugin:
    registry = {}

    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[kind] = cls.__name__


class CsvExporter(Plugin, kind="csv"):
    pass


class Other(Plugin):
    pass


print(Plugin.registry)
print(hash(object()) is not None, object.__hash__ is not None if hasattr(object, "__hash__") else True)
