class S:
    __slots__ = ('u', '__dict__')
s = S()
s.u = 1
s.zz = 2
print(s.zz, vars(s), hasattr(s, '__dict__'))
