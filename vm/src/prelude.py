# The nPython prelude: builtins written in Python so that they stay suspendable while they call back into
# script code (a sort key, a min/max key). The facade compiles this file at engine start and installs its
# functions in every VM; names starting with __npy_ are reached only from native builtins.


def __npy_sorted_key(items, key, reverse):
    keys = [key(x) for x in items]
    __npy_sort_by_keys(items, keys, reverse)
    return items


def __npy_sort_key(lst, key, reverse):
    keys = [key(x) for x in lst]
    __npy_sort_by_keys(lst, keys, reverse)


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
