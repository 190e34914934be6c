class D:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        pass
class H:
    f = D()
try:
    del H().f
except AttributeError as e:
    print('AttributeError', e)
