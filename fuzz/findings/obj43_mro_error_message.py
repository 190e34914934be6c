class T:
    pass
class L(T):
    pass
try:
    class X(T, L):
        pass
except TypeError as e:
    print(repr(str(e)))
