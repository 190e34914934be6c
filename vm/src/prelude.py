# The nPython prelude: builtins written in Python so that they stay suspendable while they call back into
# script code (a sort key, a min/max key). The facade compiles this file at engine start and installs its
# functions in every VM; names starting with __npy_ are reached only from native builtins.


def __npy_sorted_key(items, key, reverse):
    keys = [key(x) for x in items]
    __npy_sort_by_keys(items, keys, reverse)
    return items


def __npy_sort_key(lst, key, reverse):
    # As CPython: the list looks empty while keys are computed, and a key that changes it is an error.
    items = lst.copy()
    lst.clear()
    try:
        keys = [key(x) for x in items]
        __npy_sort_by_keys(items, keys, reverse)
    finally:
        modified = len(lst) > 0
        lst.clear()
        lst.extend(items)
    if modified:
        raise ValueError("list modified during sort")


def __npy_minmax_key(items, key, default, has_default, is_max, name):
    first = True
    best = None
    best_key = None
    for x in items:
        k = key(x)
        if first:
            best = x
            best_key = k
            first = False
        elif is_max:
            if k > best_key:
                best = x
                best_key = k
        elif k < best_key:
            best = x
            best_key = k
    if first:
        if has_default:
            return default
        raise ValueError(name + "() arg is an empty sequence")
    return best


def map(function, iterable, *iterables):
    # Eager until generators exist: the values are computed up front, then iterated.
    if iterables:
        return iter([function(*args) for args in zip(iterable, *iterables)])
    return iter([function(x) for x in iterable])


def filter(function, iterable):
    if function is None:
        return iter([x for x in iterable if x])
    return iter([x for x in iterable if function(x)])


def __npy_getitem_iter(obj):
    i = 0
    while True:
        try:
            v = obj[i]
        except (IndexError, StopIteration):
            return
        yield v
        i += 1


def __npy_reversed_seq(obj):
    return __npy_reversed_from(obj, len(obj))


def __npy_reversed_from(obj, n):
    i = n - 1
    while i >= 0:
        yield obj[i]
        i -= 1


def __npy_print_to(file, text):
    file.write(text)


def __npy_new(cls, new, init, *args, **kwargs):
    # Calling a class that defines __new__: __init__ runs only on an instance of the class, as in CPython.
    instance = new(cls, *args, **kwargs)
    if init is not None and isinstance(instance, cls):
        if init(instance, *args, **kwargs) is not None:
            raise TypeError("__init__() should return None")
    return instance


def __npy_init(instance, init, *args, **kwargs):
    # Calling a class: the VM made the instance; its __init__ runs here as an ordinary Python call.
    if init(instance, *args, **kwargs) is not None:
        raise TypeError("__init__() should return None")
    return instance


# Builtin exception classes scripts raise and catch that the VM has no native type for (CPython's hierarchy).
class SyntaxError(Exception):
    pass


class IndentationError(SyntaxError):
    pass


class TabError(IndentationError):
    pass


class EOFError(Exception):
    pass


class SystemError(Exception):
    pass


class ReferenceError(Exception):
    pass


class BufferError(Exception):
    pass


class StopAsyncIteration(Exception):
    pass


class UnicodeTranslateError(UnicodeError):
    pass


class FileExistsError(OSError):
    pass


class IsADirectoryError(OSError):
    pass


class NotADirectoryError(OSError):
    pass


class ProcessLookupError(OSError):
    pass


class ChildProcessError(OSError):
    pass


class InterruptedError(OSError):
    pass


class BlockingIOError(OSError):
    pass


class ConnectionRefusedError(ConnectionError):
    pass


class ConnectionResetError(ConnectionError):
    pass


class ConnectionAbortedError(ConnectionError):
    pass


class BrokenPipeError(ConnectionError):
    pass


class Warning(Exception):
    pass


class UserWarning(Warning):
    pass


class DeprecationWarning(Warning):
    pass


class PendingDeprecationWarning(Warning):
    pass


class RuntimeWarning(Warning):
    pass


class SyntaxWarning(Warning):
    pass


class FutureWarning(Warning):
    pass


class ImportWarning(Warning):
    pass


class UnicodeWarning(Warning):
    pass


class BytesWarning(Warning):
    pass


class ResourceWarning(Warning):
    pass


EnvironmentError = OSError


class complex:
    # Complex numbers, after CPython 3.11's Objects/complexobject.c (same formulas, so results match to the bit).
    __slots__ = ("_re", "_im")

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = __npy_complex_parse(real)
            return __npy_complex_make(re, im, cls)
        re, im, real_is_complex = __npy_complex_parts(real, "first")
        if imag is None:
            return __npy_complex_make(re, im, cls)
        if isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        ire, iim, imag_is_complex = __npy_complex_parts(imag, "second")
        # CPython's rule: real - imag.imag and imag.real + real.imag, each only when that part is complex,
        # so the sign of a zero survives `complex(x, -0.0)`.
        if imag_is_complex:
            re -= iim
        if real_is_complex:
            ire += im
        return __npy_complex_make(re, ire, cls)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute" if name in ("real", "imag")
                             else f"'complex' object has no attribute '{name}'")

    @property
    def real(self):
        return self._re

    @property
    def imag(self):
        return self._im

    def conjugate(self):
        return __npy_complex_make(self._re, -self._im)

    def __complex__(self):
        return self

    def __repr__(self):
        import math
        re, im = self._re, self._im
        if re == 0 and math.copysign(1.0, re) == 1.0:
            return __npy_complex_float(im) + "j"
        sign = "-" if im < 0 or (im == 0 and math.copysign(1.0, im) < 0) else "+"
        return "(" + __npy_complex_float(re) + sign + __npy_complex_float(abs(im)) + "j)"

    def __str__(self):
        return self.__repr__()

    def __format__(self, spec):
        # [[fill]align][sign][width][,_][.precision][type]; with a type, the parts are formatted without
        # parentheses (`f"{z:.2f}"` is `1.00+2.00j`); the width applies to the whole.
        i = 2 if len(spec) >= 2 and spec[1] in "<>^" else 1 if spec[:1] in ("<", ">", "^") else 0
        align = spec[:i]
        sign = ""
        if spec[i:i + 1] in ("+", "-", " "):
            sign = spec[i]
            i += 1
        rest = spec[i:]
        kind = rest[-1] if rest and rest[-1] in "eEfFgG" else ""
        if not kind:
            return format(str(self), align + rest.split(".")[0])
        width = ""
        while rest and rest[0].isdigit():
            width += rest[0]
            rest = rest[1:]
        text = format(self._re, sign + rest) + format(self._im, "+" + rest) + "j"
        return format(text, align + width)

    def __hash__(self):
        h = (hash(self._re) + 1000003 * hash(self._im)) % 18446744073709551616
        if h >= 9223372036854775808:
            h -= 18446744073709551616
        return -2 if h == -1 else h

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._re == other._re and self._im == other._im
        if isinstance(other, (int, float)):
            return self._im == 0 and self._re == other
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __bool__(self):
        return self._re != 0 or self._im != 0

    def __neg__(self):
        return __npy_complex_make(-self._re, -self._im)

    def __pos__(self):
        return __npy_complex_make(self._re, self._im)

    def __abs__(self):
        import math
        if math.isinf(self._re) or math.isinf(self._im):
            return math.inf
        r = math.hypot(self._re, self._im)
        if math.isinf(r):
            raise OverflowError("absolute value too large")
        return r

    def __add__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_make(self._re + o[0], self._im + o[1])

    def __radd__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_make(o[0] + self._re, o[1] + self._im)

    def __sub__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_make(self._re - o[0], self._im - o[1])

    def __rsub__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_make(o[0] - self._re, o[1] - self._im)

    def __mul__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_prod(self._re, self._im, o[0], o[1])

    def __rmul__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_prod(o[0], o[1], self._re, self._im)

    def __truediv__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_quot(self._re, self._im, o[0], o[1])

    def __rtruediv__(self, other):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_quot(o[0], o[1], self._re, self._im)

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_pow(self._re, self._im, o[0], o[1])

    def __rpow__(self, other, mod=None):
        o = __npy_complex_operand(other)
        if o is None:
            return NotImplemented
        return __npy_complex_pow(o[0], o[1], self._re, self._im)

    def __reduce__(self):
        return (complex, (self._re, self._im))


__npy_complex = complex


def __npy_complex_float(x):
    # CPython prints the parts with repr() but without a trailing ".0".
    text = repr(x)
    return text[:-2] if text.endswith(".0") else text


def __npy_complex_make(re, im, cls=None):
    self = object.__new__(complex if cls is None else cls)
    object.__setattr__(self, "_re", re)
    object.__setattr__(self, "_im", im)
    return self


def __npy_complex_parts(x, which):
    # (real, imag, is_complex) of a constructor argument.
    if isinstance(x, complex):
        return x._re, x._im, True
    if isinstance(x, (int, float)):
        return float(x), 0.0, False
    if hasattr(type(x), "__complex__"):
        c = x.__complex__()
        if not isinstance(c, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(c).__name__})")
        return c._re, c._im, True
    if hasattr(type(x), "__float__") or hasattr(type(x), "__index__"):
        return float(x), 0.0, False
    if which == "first":
        raise TypeError(f"complex() first argument must be a string or a number, not '{type(x).__name__}'")
    raise TypeError(f"complex() second argument must be a number, not '{type(x).__name__}'")


def __npy_complex_operand(x):
    if isinstance(x, complex):
        return x._re, x._im
    if isinstance(x, (int, float)):
        return float(x), 0.0
    return None


def __npy_complex_parse(text):
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    bad = ValueError("complex() arg is a malformed string")
    for i, ch in enumerate(s):
        # An underscore is allowed only between two digits, as in a literal.
        if ch == "_" and not (0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()):
            raise ValueError(f"could not convert string to complex: {text!r}")
    s = s.replace("_", "")
    if not s or " " in s:
        raise bad
    if s[-1] not in "jJ":
        try:
            return float(__npy_complex_number(s, bad)), 0.0
        except ValueError:
            raise bad
    body = s[:-1]
    # Split at the last sign that is not at the start and not an exponent's.
    cut = -1
    for i in range(len(body) - 1, 0, -1):
        if body[i] in "+-" and body[i - 1] not in "eE":
            cut = i
            break
    try:
        if cut < 0:
            real, imag = 0.0, body
        else:
            real, imag = float(__npy_complex_number(body[:cut], bad)), body[cut:]
        if imag in ("", "+", "-"):
            imag = imag + "1"
        return real, float(__npy_complex_number(imag, bad))
    except ValueError:
        raise bad


def __npy_complex_number(s, bad):
    if not s:
        raise bad
    return s


def __npy_complex_prod(a, b, c, d):
    return __npy_complex_make(a * c - b * d, a * d + b * c)


def __npy_complex_quot(a, b, c, d):
    abs_c = -c if c < 0 else c
    abs_d = -d if d < 0 else d
    if abs_c >= abs_d:
        if abs_c == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = d / c
        denom = c + d * ratio
        return __npy_complex_make((a + b * ratio) / denom, (b - a * ratio) / denom)
    if abs_d >= abs_c:
        ratio = c / d
        denom = c * ratio + d
        return __npy_complex_make((a * ratio + b) / denom, (b * ratio - a) / denom)
    return __npy_complex_make(float("nan"), float("nan"))


def __npy_complex_pow(a, b, c, d):
    import math
    if d == 0.0 and c == math.floor(c) and abs(c) <= 100.0:
        n = int(c)
        re, im = 1.0, 0.0
        pre, pim = a, b
        m = -n if n < 0 else n
        mask = 1
        while mask > 0 and m >= mask:
            if m & mask:
                re, im = re * pre - im * pim, re * pim + im * pre
            mask <<= 1
            pre, pim = pre * pre - pim * pim, pre * pim + pim * pre
        if n < 0:
            if re == 0.0 and im == 0.0:
                raise ZeroDivisionError("0.0 to a negative or complex power")
            return __npy_complex_quot(1.0, 0.0, re, im)
        result = __npy_complex_make(re, im)
    elif c == 0.0 and d == 0.0:
        return __npy_complex_make(1.0, 0.0)
    elif a == 0.0 and b == 0.0:
        if d != 0.0 or c < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return __npy_complex_make(0.0, 0.0)
    else:
        vabs = math.hypot(a, b)
        length = math.pow(vabs, c)
        at = math.atan2(b, a)
        phase = at * c
        if d != 0.0:
            length /= math.exp(at * d)
            phase += d * math.log(vabs)
        result = __npy_complex_make(length * math.cos(phase), length * math.sin(phase))
    if (math.isinf(result._re) or math.isinf(result._im)) and all(math.isfinite(v) for v in (a, b, c, d)):
        raise OverflowError("complex exponentiation")
    return result


class BaseExceptionGroup(BaseException):
    # PEP 654 exception groups, after CPython 3.11's Objects/exceptions.c.
    def __new__(cls, message, exceptions, *rest):
        if rest:
            raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({2 + len(rest)} given)")
        if not isinstance(message, str):
            raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
        if not isinstance(exceptions, (list, tuple)):
            raise TypeError("second argument (exceptions) must be a sequence")
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(exceptions):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        group = super().__new__(cls, message, exceptions)
        group._message = message
        group._exceptions = tuple(exceptions)
        return group

    def __init__(self, message, exceptions, *rest):
        super().__init__(message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'' if n == 1 else 's'})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_with_metadata(self, excs):
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            group.__notes__ = notes
        return group

    def split(self, condition):
        test = __npy_group_condition(condition)
        if test(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(test)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif test(e):
                matched.append(e)
            else:
                rest.append(e)
        return (self._derive_with_metadata(matched) if matched else None,
                self._derive_with_metadata(rest) if rest else None)

    def subgroup(self, condition):
        test = __npy_group_condition(condition)
        if test(self):
            return self
        return self.split(test)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


def __npy_group_condition(condition):
    # split()/subgroup() take an exception type, a tuple of them, or a predicate.
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(t, type) and issubclass(t, BaseException)
                                            for t in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


class __npy_ExceptStarState:
    # The compiled form of `try: ... except* T: ...` drives one of these: match() per clause, raised() for
    # whatever a clause body raises, finish() for what propagates (None when everything was handled).
    def __init__(self, caught):
        self._caught = caught
        self._rest = caught
        self._matches = []
        self._raised = []

    def match(self, types):
        for t in (types if isinstance(types, tuple) else (types,)):
            if not (isinstance(t, type) and issubclass(t, BaseException)):
                raise TypeError("catching classes that do not inherit from BaseException is not allowed")
            if issubclass(t, BaseExceptionGroup):
                raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        rest = self._rest
        if rest is None:
            return None
        if not isinstance(rest, BaseExceptionGroup):
            # A naked exception is handled as a group of one.
            if isinstance(rest, types):
                self._rest = None
                group = BaseExceptionGroup("", (rest,))
                self._matches.append(group)
                return group
            return None
        matched, self._rest = rest.split(types)
        if matched is not None:
            self._matches.append(matched)
        return matched

    def raised(self, exc):
        self._raised.append(exc)

    def finish(self):
        caught = self._caught
        if not isinstance(caught, BaseExceptionGroup):
            # Only one clause can have run: what it raised, or the exception itself when no clause matched.
            if self._raised:
                return self._raised[0]
            return self._rest
        # A clause that re-raised its match (or nothing matched) keeps the original group's shape; new
        # exceptions raised by clauses are grouped with it.
        kept = [] if self._rest is None else [self._rest]
        new = []
        for e in self._raised:
            if any(e is m for m in self._matches):
                kept.append(e)
            else:
                new.append(e)
        reraised = __npy_group_projection(caught, kept)
        if not new:
            return reraised
        if reraised is not None:
            new.append(reraised)
        if len(new) == 1:
            return new[0]
        return ExceptionGroup("", new)


def __npy_group_leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            __npy_group_leaves(e, into)
    else:
        into.append(exc)
    return into


def __npy_group_projection(group, kept):
    # The part of `group` whose leaf exceptions appear in the kept groups, with the group's structure.
    leaves = []
    for k in kept:
        __npy_group_leaves(k, leaves)
    if not leaves:
        return None
    return group.split(lambda e: not isinstance(e, BaseExceptionGroup) and any(e is x for x in leaves))[0]


def __npy_except_star(caught):
    return __npy_ExceptStarState(caught)


IOError = OSError


class __npy_EllipsisType:
    # `...`: the compiler loads the builtin name `Ellipsis`.
    def __repr__(self):
        return "Ellipsis"

    def __reduce__(self):
        return "Ellipsis"


__npy_name_class(__npy_EllipsisType, "ellipsis")
Ellipsis = __npy_EllipsisType()


# ----- type expressions: `list[int]` (types.GenericAlias) and `int | None` (types.UnionType) -----

def __npy_type_repr(t):
    # How CPython shows a type inside an alias: builtins by name, classes by module and qualified name.
    if t is None or t is type(None):
        return "None"
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return t.__module__ + "." + t.__qualname__
    if t is ...:
        return "..."
    if isinstance(t, list):
        return "[" + ", ".join([__npy_type_repr(a) for a in t]) + "]"
    return repr(t)


class __npy_GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            return __npy_type_repr(self.__origin__) + "[()]"
        return __npy_type_repr(self.__origin__) + "[" + ", ".join([__npy_type_repr(a) for a in self.__args__]) + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, __npy_GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return __npy_make_union(self, other)

    def __ror__(self, other):
        return __npy_make_union(other, self)

    def __getitem__(self, params):
        return __npy_GenericAlias(self.__origin__, params)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


__npy_name_class(__npy_GenericAlias, "GenericAlias")


def __npy_generic_alias(origin, params):
    return __npy_GenericAlias(origin, params)


class __npy_UnionType:
    # `int | None`; `typing.Union[...]`/`Optional[...]` make the same object with typing's repr.
    def __init__(self, args, typing_form=None):
        self.__args__ = args
        self._npy_form = typing_form

    def __repr__(self):
        if self._npy_form is None:
            return " | ".join([__npy_type_repr(a) for a in self.__args__])
        if len(self.__args__) == 2 and type(None) in self.__args__:
            other = self.__args__[0] if self.__args__[1] is type(None) else self.__args__[1]
            return "typing.Optional[" + __npy_type_repr(other) + "]"
        return "typing.Union[" + ", ".join([__npy_type_repr(a) for a in self.__args__]) + "]"

    def __eq__(self, other):
        if not isinstance(other, __npy_UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return __npy_make_union(self, other)

    def __ror__(self, other):
        return __npy_make_union(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)


__npy_name_class(__npy_UnionType, "UnionType")


def __npy_union_args(parts):
    args = []
    for p in parts:
        if p is None:
            p = type(None)
        members = p.__args__ if isinstance(p, __npy_UnionType) else (p,)
        for m in members:
            if m not in args:
                args.append(m)
    return tuple(args)


def __npy_make_union(a, b, typing_form=None):
    args = __npy_union_args([a, b])
    if len(args) == 1:
        return args[0]
    return __npy_UnionType(args, typing_form)
