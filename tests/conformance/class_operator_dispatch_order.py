# area: classes: CPython's operator dispatch order: reflected methods of subclasses first, never between one type, builtin bases answering first, no derived <= from <
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < getattr(other, 'n', other)
    def __gt__(self, other):
        return self.n > getattr(other, 'n', other)
    def __repr__(self):
        return 'V(%d)' % self.n


for f in (lambda: V(1) < V(2), lambda: V(3) > 2, lambda: 2 < V(3), lambda: V(1) <= V(2),
          lambda: V(1) >= V(2), lambda: V(1) >= 1, lambda: [V(1)] <= [V(2)]):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(sorted([V(3), V(1), V(2)]), max(V(1), V(5), V(2)), min([V(4), V(0)]))


class OnlyRadd:
    def __radd__(self, other):
        return 'OnlyRadd.radd'


try:
    print(OnlyRadd() + OnlyRadd())
except TypeError as e:
    print('TypeError', e)
print(1 + OnlyRadd(), 'x' + OnlyRadd())


class I(int):
    def __radd__(self, other):
        return 'I.radd'


class J(int):
    def __radd__(self, other):
        return 'J.radd'

    def __gt__(self, other):
        return 'J.gt'


print(I(1) + I(2), I(1) + J(2), 2 + I(1), I(3) + 1, 1.5 + I(1), I(1) + OnlyRadd())
print(I(1) < J(2), 1 < J(2), J(3) > 1)


class F(float):
    def __rsub__(self, other):
        return 'F.rsub'


print(1 - F(2), F(2) - 1, 2.0 - F(1))


class S(str):
    def __radd__(self, other):
        return 'S.radd'


print('a' + S('b'), S('a') + 'b', S('x') + S('y'))


class Times:
    def __rmul__(self, other):
        return ('rmul', other)


class Two:
    def __index__(self):
        return 2


print([1, 2] * Times(), 'ab' * Times(), [1, 2] * Two(), Two() * 'ab', (0,) * I(3))
try:
    print([1] * V(1))
except TypeError as e:
    print('TypeError', e)


class T(tuple):
    def __lt__(self, other):
        return 'T.lt'

    def __eq__(self, other):
        return True


class D(dict):
    def __eq__(self, other):
        return True

    def __or__(self, other):
        return 'D.or'


print((1,) > T((2,)), T((1,)) < (0,), T((1,)) <= (0,), sorted([T((2,)), T((1,))]))
print(T((1,)) != (2,), D() != {1: 2}, D() == {1: 2}, {1: 2} | D(), D() | {1: 2})


class A:
    def __eq__(self, other):
        return 'A.eq'


class B(A):
    def __eq__(self, other):
        return 'B.eq'


print(A() == B(), B() == A(), A() != B(), [A()] == [B()])


class Never:
    def __lt__(self, other):
        return NotImplemented


for f in (lambda: Never() < Never(), lambda: [Never()] <= [Never()], lambda: Never() > 1):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


class Acc:
    pass


acc = Acc()
for f in ('+=', '-=', '**='):
    try:
        if f == '+=':
            acc += 1
        elif f == '-=':
            acc -= 1
        else:
            acc **= 2
    except TypeError as e:
        print(e)
n = 1
try:
    n += 'a'
except TypeError as e:
    print(e)
