class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < getattr(other, 'n', other)
    def __gt__(self, other):
        return self.n > getattr(other, 'n', other)
for f in (lambda: V(1) <= V(2), lambda: V(1) >= V(2), lambda: V(1) >= 1):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
