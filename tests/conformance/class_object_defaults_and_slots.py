# area: classes: object's default dunders, bound-method __self__, property __doc__/__get__/__set__, descriptor refusals, __slots__ with and without __dict__, __class__ assignment, raise Class, Exception.__init__, vars
from dataclasses import dataclass, fields


class V:
    pass


@dataclass(eq=False)
class D:
    x: int


print(V.__lt__(V(), V()), V().__eq__(None), D.__eq__(D(1), 1), V.__hash__ is not None, hasattr(V(), '__ge__'))


class WithEq:
    def __eq__(self, other):
        return True


print(WithEq.__hash__, V().__ne__(V()), format(V(), '')[:10])


class C:
    @classmethod
    def make(cls):
        return cls

    def act(self):
        return 1


c = C()
print(C.make.__self__ is C, c.make.__self__.__name__, c.act.__self__ is c, c.act.__func__ is C.act)


class P:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        "The x."
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    y = property(lambda self: 2, doc='Why.')


p = P()
P.x.__set__(p, 4)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x, P.x.__doc__, P.y.__doc__, p.x)


class DelOnly:
    def __get__(self, obj, objtype=None):
        return 1

    def __delete__(self, obj):
        print('deleted')


class SetOnly:
    def __get__(self, obj, objtype=None):
        return 2

    def __set__(self, obj, value):
        print('set', value)


class H:
    f = DelOnly()
    g = SetOnly()


h = H()
for action in (lambda: setattr(h, 'f', 5), lambda: delattr(h, 'f'), lambda: setattr(h, 'g', 6),
               lambda: delattr(h, 'g')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError', e)
print(h.f, h.g)


class Slotted:
    __slots__ = ('u', 'v')
    kind = 'sl'


s = Slotted()
s.u = 1
print([n for n in dir(s) if not n.startswith('__')], hasattr(s, '__dict__'))
for action in (lambda: delattr(s, 'v'), lambda: setattr(s, 'kind', 1), lambda: vars(s),
               lambda: setattr(s, 'zz', 1)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Open:
    __slots__ = ('u', '__dict__')


o = Open()
o.u = 1
o.zz = 2
print(o.zz, vars(o), hasattr(o, '__dict__'))


class Cat:
    def speak(self):
        return 'meow'


class Dog:
    def speak(self):
        return 'woof'


pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
for action in (lambda: setattr(pet, '__class__', 5), lambda: delattr(pet, '__class__'),
               lambda: setattr(pet, '__class__', Slotted), lambda: setattr(pet, '__class__', int)):
    try:
        action()
    except TypeError as e:
        print('TypeError', e)


class NeedsCode(Exception):
    def __init__(self, code):
        super().__init__('x')


try:
    raise NeedsCode
except TypeError as e:
    print('TypeError', e)


class Simple(Exception):
    pass


try:
    raise Simple
except Simple as e:
    print('Simple', repr(e), e.args)


class Coded(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'E' + str(code))
        self.code = code

    def __str__(self):
        return 'coded ' + Exception.__str__(self)


e = Coded(3)
print(e, e.args, e.code, vars(e), e.__dict__)


def f():
    pass


f.tag = 1
print(f.__dict__, vars(f))


class G:
    def __delattr__(self, name):
        print('deleting', name)
        super().__delattr__(name)


g = G()
g.a = 1
del g.a
print(hasattr(g, 'a'))
object.__setattr__(g, 'b', 2)
object.__delattr__(g, 'b')
print(hasattr(g, 'b'))


@dataclass
class Pt:
    x: int
    y: int = 0


print(list(Pt.__dataclass_fields__), Pt.__dataclass_fields__['y'].default, [f.name for f in fields(Pt)], Pt.__match_args__)
match Pt(1, 2):
    case Pt(a, b):
        print('matched', a, b)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print('ValueError', e)


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
    class Sub(R, extra=1):
        pass
except TypeError as e:
    print(e)


class T:
    pass


class L(T):
    pass


try:
    class X(T, L):
        pass
except TypeError as e:
    print(repr(str(e)))
print(hasattr(5, 'is_integer'), [n for n in dir(5) if not n.startswith('_')], (2.5).is_integer())
