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
