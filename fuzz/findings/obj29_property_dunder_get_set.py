class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
p = P()
P.x.__set__(p, 4)
print(P.x.__get__(p))
