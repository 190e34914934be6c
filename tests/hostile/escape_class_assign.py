# expect: ok
# Reassigning __class__ (a classic sandbox escape step): allowed, as in CPython, only between the script's own
# classes of one layout; never to a builtin type, a standard-library class or a class with another layout.
import datetime


class A:
    pass


class B:
    def who(self):
        return "B"


class Slotted:
    __slots__ = ("x",)


a = A()
a.__class__ = B
if a.who() != "B":
    print("ESCAPED: the assignment did not take")
for target in (int, object, type, datetime.date, Slotted, BaseException, 5):
    try:
        a.__class__ = target
        print("ESCAPED", target)
    except (TypeError, AttributeError):
        pass
try:
    del a.__class__
    print("ESCAPED: deleted __class__")
except TypeError:
    pass
try:
    datetime.date(2026, 1, 1).__class__ = B
    print("ESCAPED: changed a standard-library object's class")
except (TypeError, AttributeError):
    pass
print(type(a).__name__)
