# expect: error AttributeError
# A user class has no __subclasses__: nothing walks from object to every class.
class A:
    pass
A.__subclasses__()
