# expect: error AttributeError
# Reassigning __class__ (a classic sandbox escape step) is refused.
class A:
    pass
class B:
    pass
a = A()
a.__class__ = B
