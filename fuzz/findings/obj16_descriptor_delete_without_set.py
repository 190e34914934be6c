class D:
    def __get__(self, obj, objtype=None):
        return 1
    def __delete__(self, obj):
        pass
class H:
    f = D()
h = H()
try:
    h.f = 5
except AttributeError as e:
    print('AttributeError', e)
print(h.f)
