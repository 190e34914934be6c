# area: classes: subclasses of builtins keep their base's protocols: str()/format of str subclasses, int() past __index__, `in`, dict unpacking, reversed, __missing__ through super
class Angle(str):
    def __str__(self):
        return '<' + super().__str__() + '>'


s = Angle('hi')
print(str(s), type(str(s)).__name__, repr(s), '%s' % s, f'{s}', f'x{s}y', '{}'.format(s), 'x{}'.format(s))
print(format(s, ''), format(s, 's'), format(s, '>3'), format(Angle('hello world'), '>6'), format(s, '.1'))
print(hash(s) == hash('hi'), s == 'hi', [s], s.upper(), s + '!', '-'.join([s, s]))


class Shout(str):
    pass


print(str(Shout('a')), type(str(Shout('a'))).__name__, f'{Shout("b")}', type(f'{Shout("b")}').__name__)


class Tagged(int):
    def __repr__(self):
        return 'Tagged()'

    def __str__(self):
        return 'is' + super().__str__()

    def __index__(self):
        return 2


t = Tagged(12)
print(str(t), int(t), float(t), Tagged(Tagged(12)), 1 + int(t), f'{t:d}', '%d' % t)
print(t.real, t.numerator, t.denominator, t.imag, True.real, type(True.numerator).__name__)


class Plain:
    def __str__(self):
        return 'P:' + super().__str__()[:10]


print(Plain())


class Fake(tuple):
    def __iter__(self):
        return iter([9, 8])


class Letters(str):
    def __iter__(self):
        return iter(['x', 'y'])


print(0 in Fake((6, 0, 3)), 9 in Fake((6, 0, 3)), list(Fake((1,))))
print('b' in Letters('Abc'), 'x' in Letters('Abc'), list(Letters('Ab')))


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print(e)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


print(20 in Seq(), 5 in Seq())


class Got(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))

    def __getitem__(self, key):
        return ('got', super().__getitem__(key))


d = Got(x=1, y=2)
print({**d}, dict(**d), dict(d), list(d))


class OnlyGetitem(dict):
    def __getitem__(self, key):
        return 'custom'


print({**OnlyGetitem(a=1)}, dict(OnlyGetitem(a=1)))


class Default(dict):
    def __missing__(self, key):
        return 10

    def __getitem__(self, key):
        return ('got', super().__getitem__(key))


dm = Default(a=1)
print(dm['x'], dm['a'], dict.__getitem__(dm, 'zz'), '{a} {b}'.format_map(dm))


class Long(list):
    def __len__(self):
        return 30


class Backwards(tuple):
    def __len__(self):
        return 2


print(list(reversed(Long([1, 2, 3]))), list(reversed(Backwards((1, 2, 3)))), len(Long()))


class Index:
    def __index__(self):
        return 2


v = Index()
print([10, 20, 30][v], 'abc'[v], range(5)[v], hex(v), bin(v), oct(v), 'abcd'[:v], [1, 2, 3][v:], (1, 2, 3)[v])
lst = [1, 2, 3]
lst[v] = 'two'
del lst[Index()]
print(lst)


class NegativeLen:
    def __len__(self):
        return -2


try:
    bool(NegativeLen())
except ValueError as e:
    print('ValueError', e)
