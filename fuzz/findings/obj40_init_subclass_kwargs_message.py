class A:
    pass
try:
    class B(A, kw=1):
        pass
except TypeError as e:
    print(e)
class R:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class C(R, extra=1):
        pass
except TypeError as e:
    print(e)
