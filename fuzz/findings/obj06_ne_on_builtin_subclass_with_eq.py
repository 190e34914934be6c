class T(tuple):
    def __eq__(self, other):
        return True
class D(dict):
    def __eq__(self, other):
        return True
print(T((1,)) != (2,), D() != {1: 2})
