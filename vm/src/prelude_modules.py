# The Python half of the allowlisted modules (dataclasses, functools, itertools, heapq, bisect, copy,
# operator, typing). Compiled after prelude.py, as one program with it, only for jobs that import one of
# these modules: most scripts never pay for compiling it.


# ----- dataclasses -----

class __npy_MissingType:
    def __repr__(self):
        return "MISSING"


__npy_MISSING = __npy_MissingType()


class __npy_FrozenInstanceError(AttributeError):
    pass


__npy_name_class(__npy_FrozenInstanceError, "FrozenInstanceError", "dataclasses")


class __npy_Field:
    def __init__(self, default, default_factory, init, repr, compare, hash, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.hash = hash
        self.kw_only = kw_only

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + repr(self.default) + ")"


def __npy_field(*, default=__npy_MISSING, default_factory=__npy_MISSING, init=True, repr=True,
                compare=True, hash=None, kw_only=False):
    if default is not __npy_MISSING and default_factory is not __npy_MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return __npy_Field(default, default_factory, init, repr, compare, hash, kw_only)


def __npy_is_classvar(ann):
    # `ClassVar[int]` (evaluated) or "ClassVar[int]" (text, under `from __future__ import annotations`).
    if isinstance(ann, str):
        return ann.startswith("ClassVar") or ann.startswith("typing.ClassVar")
    form = getattr(ann, "_npy_form", None) if not isinstance(ann, type) else None
    return ann is __npy_typing_ClassVar or form is __npy_typing_ClassVar


def __npy_dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
                    frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return __npy_make_dataclass(c, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args)
    if cls is None:
        return wrap
    return wrap(cls)


def __npy_make_dataclass(cls, init, repr_, eq, order, unsafe_hash, frozen, kw_only, match_args=True):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    fields = []
    for base in reversed(cls.__mro__[1:]):
        for f in __npy_class_dict(base).get("__dataclass_fields__", {}).values():
            fields = [g for g in fields if g.name != f.name]
            fields.append(f)
    own = cls.__dict__
    for name, ann in own.get("__annotations__", {}).items():
        if __npy_is_classvar(ann):
            continue
        value = own.get(name, __npy_MISSING)
        if isinstance(value, __npy_Field):
            f = value
            if f.default is not __npy_MISSING:
                setattr(cls, name, f.default)
        else:
            f = __npy_Field(value, __npy_MISSING, True, True, True, None, kw_only)
            if isinstance(value, (list, dict, set)):
                raise ValueError("mutable default " + repr(type(value)) + " for field " + name
                                 + " is not allowed: use default_factory")
        f.name = name
        f.type = ann
        fields = [g for g in fields if g.name != name]
        fields.append(f)
    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        has_default = f.default is not __npy_MISSING or f.default_factory is not __npy_MISSING
        if seen_default and not has_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")
        seen_default = seen_default or has_default
    fields = tuple(fields)
    setattr(cls, "__dataclass_fields__", {f.name: f for f in fields})
    if match_args and "__match_args__" not in own:
        setattr(cls, "__match_args__", tuple([f.name for f in fields if f.init and not f.kw_only]))
    qualname = cls.__qualname__

    if init:
        init_fields = [f for f in fields if f.init]

        def __init__(self, *args, **kwargs):
            positional = [f for f in init_fields if not f.kw_only]
            if len(args) > len(positional):
                required = len([f for f in positional
                                if f.default is __npy_MISSING and f.default_factory is __npy_MISSING])
                if required == len(positional):
                    takes = str(len(positional) + 1)
                else:
                    takes = "from " + str(required + 1) + " to " + str(len(positional) + 1)
                raise TypeError(qualname + ".__init__() takes " + takes
                                + " positional arguments but " + str(len(args) + 1) + " were given")
            values = {}
            for f, v in zip(positional, args):
                values[f.name] = v
            for k, v in kwargs.items():
                if k in values:
                    raise TypeError(qualname + ".__init__() got multiple values for argument '" + k + "'")
                if not any(f.name == k for f in init_fields):
                    raise TypeError(qualname + ".__init__() got an unexpected keyword argument '" + k + "'")
                values[k] = v
            missing = []
            for f in init_fields:
                if f.name not in values:
                    if f.default is not __npy_MISSING:
                        values[f.name] = f.default
                    elif f.default_factory is not __npy_MISSING:
                        values[f.name] = f.default_factory()
                    else:
                        missing.append(f.name)
            if missing:
                names = ["'" + m + "'" for m in missing]
                if len(names) == 1:
                    joined = names[0]
                elif len(names) == 2:
                    joined = names[0] + " and " + names[1]
                else:
                    joined = ", ".join(names[:-1]) + ", and " + names[-1]
                raise TypeError(qualname + ".__init__() missing " + str(len(missing)) + " required positional argument"
                                + ("s" if len(missing) > 1 else "") + ": " + joined)
            for f in fields:
                if not f.init and f.default_factory is not __npy_MISSING:
                    values[f.name] = f.default_factory()
                elif not f.init and f.default is not __npy_MISSING:
                    values[f.name] = f.default
            for name, v in values.items():
                object.__setattr__(self, name, v)
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()
        setattr(cls, "__init__", __init__)

    if repr_ and "__repr__" not in own:
        repr_fields = [f.name for f in fields if f.repr]

        def __repr__(self):
            parts = [n + "=" + repr(getattr(self, n)) for n in repr_fields]
            return type(self).__qualname__ + "(" + ", ".join(parts) + ")"
        setattr(cls, "__repr__", __repr__)

    compare_fields = [f.name for f in fields if f.compare]

    def as_tuple(obj):
        return tuple([getattr(obj, n) for n in compare_fields])

    if eq and "__eq__" not in own:
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return as_tuple(self) == as_tuple(other)
        setattr(cls, "__eq__", __eq__)

    if order:
        def __lt__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return as_tuple(self) < as_tuple(other)

        def __le__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return as_tuple(self) <= as_tuple(other)

        def __gt__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return as_tuple(self) > as_tuple(other)

        def __ge__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return as_tuple(self) >= as_tuple(other)
        setattr(cls, "__lt__", __lt__)
        setattr(cls, "__le__", __le__)
        setattr(cls, "__gt__", __gt__)
        setattr(cls, "__ge__", __ge__)

    if frozen:
        def __setattr__(self, name, value):
            raise __npy_FrozenInstanceError("cannot assign to field '" + name + "'")

        def __delattr__(self, name):
            raise __npy_FrozenInstanceError("cannot delete field '" + name + "'")
        setattr(cls, "__setattr__", __setattr__)
        setattr(cls, "__delattr__", __delattr__)

    if "__hash__" not in own:
        if unsafe_hash or (eq and frozen):
            def __hash__(self):
                return hash(as_tuple(self))
            setattr(cls, "__hash__", __hash__)
        elif eq:
            setattr(cls, "__hash__", None)
    return cls


def __npy_class_dict(c):
    # Builtin types have no __dict__ a script can see.
    return getattr(c, "__dict__", None) or {}


def __npy_is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return any("__dataclass_fields__" in __npy_class_dict(b) for b in cls.__mro__)


def __npy_fields(obj):
    if not __npy_is_dataclass(obj):
        raise TypeError("must be called with a dataclass type or instance")
    cls = obj if isinstance(obj, type) else type(obj)
    return tuple(cls.__dataclass_fields__.values())


def __npy_asdict(obj):
    if not __npy_is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return __npy_asdict_value(obj)


def __npy_asdict_value(v):
    if __npy_is_dataclass(v) and not isinstance(v, type):
        return {f.name: __npy_asdict_value(getattr(v, f.name)) for f in type(v).__dataclass_fields__.values()}
    if isinstance(v, list):
        return [__npy_asdict_value(x) for x in v]
    if isinstance(v, tuple):
        return tuple([__npy_asdict_value(x) for x in v])
    if isinstance(v, dict):
        return {__npy_asdict_value(k): __npy_asdict_value(x) for k, x in v.items()}
    return v


def __npy_astuple(obj):
    if not __npy_is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple([__npy_asdict_value(getattr(obj, f.name)) for f in type(obj).__dataclass_fields__.values()])


def __npy_replace(obj, **changes):
    if not __npy_is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    kwargs = {}
    for f in type(obj).__dataclass_fields__.values():
        if f.init:
            kwargs[f.name] = changes.pop(f.name) if f.name in changes else getattr(obj, f.name)
    if changes:
        raise TypeError("replace() got an unexpected keyword argument '" + list(changes)[0] + "'")
    return type(obj)(**kwargs)


# ----- typing: names to import and subscript; annotations are never evaluated or checked -----

class __npy_TypingForm:
    # A name of `typing` (Any, Optional, List, ...): subscripting it gives what CPython's typing gives, with
    # the same repr; nothing is checked.
    def __init__(self, name, origin=None):
        self._name = name
        self._npy_origin = origin

    def __getitem__(self, params):
        if self._name == "Optional":
            return __npy_make_union(params, None, "typing")
        if self._name == "Union":
            if not isinstance(params, tuple):
                params = (params,)
            args = __npy_union_args(params)
            return args[0] if len(args) == 1 else __npy_UnionType(args, "typing")
        return __npy_TypingAlias(self, params)

    def __call__(self, *args, **kwargs):
        if self._name == "TypeVar" or self._name == "NewType":
            return __npy_TypingForm(args[0] if args else self._name)
        raise TypeError("Cannot instantiate typing." + self._name)

    def __or__(self, other):
        return __npy_make_union(self, other)

    def __ror__(self, other):
        return __npy_make_union(other, self)

    def __repr__(self):
        if self._name not in __npy_TYPING_NAMES:
            return "~" + self._name
        return "typing." + self._name


__npy_TYPING_NAMES = frozenset([
    "Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet", "Tuple", "Callable", "Iterable", "Iterator",
    "Sequence", "Mapping", "MutableMapping", "Generator", "Type", "Literal", "Final", "ClassVar", "TypeVar",
    "NewType", "DefaultDict", "Deque", "Counter", "OrderedDict", "Annotated", "Awaitable", "Coroutine",
    "AsyncIterator", "AsyncIterable", "Collection", "Container", "Hashable", "Sized", "Reversible",
    "MutableSequence", "MutableSet", "AbstractSet", "KeysView", "ValuesView", "ItemsView", "ChainMap",
    "NoReturn", "Never", "Self", "LiteralString", "TypeAlias", "Required", "NotRequired", "Pattern", "Match",
    "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "SupportsRound", "SupportsBytes",
    "IO", "TextIO", "BinaryIO", "Concatenate", "ParamSpec", "TypeGuard", "Unpack", "TypeVarTuple",
])


class __npy_TypingAlias:
    # `List[int]`, `Callable[[int], str]`, `Literal["a"]`: `__origin__` and `__args__` as CPython has them.
    def __init__(self, form, params):
        if not isinstance(params, tuple):
            params = (params,)
        self._npy_form = form
        self._npy_params = params
        self.__origin__ = form._npy_origin if form._npy_origin is not None else form
        if form._name == "Callable" and len(params) == 2 and isinstance(params[0], list):
            self.__args__ = tuple(params[0]) + (params[1],)
        else:
            self.__args__ = params

    def __repr__(self):
        name = "typing." + self._npy_form._name
        if self._npy_form._name == "Callable" and len(self._npy_params) == 2:
            first = self._npy_params[0]
            first = "..." if first is ... else __npy_type_repr(first)
            return name + "[" + first + ", " + __npy_type_repr(self._npy_params[1]) + "]"
        return name + "[" + ", ".join([__npy_type_repr(a) for a in self._npy_params]) + "]"

    def __getitem__(self, params):
        return __npy_TypingAlias(self._npy_form, params)

    def __call__(self, *args, **kwargs):
        if self._npy_form._npy_origin is None:
            raise TypeError("Type " + self._npy_form._name + " cannot be instantiated")
        return self._npy_form._npy_origin(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, __npy_TypingAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return __npy_make_union(self, other)

    def __ror__(self, other):
        return __npy_make_union(other, self)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        return (origin,) if isinstance(origin, type) else ()


def __npy_typing_get_origin(tp):
    if isinstance(tp, (__npy_TypingAlias, __npy_GenericAlias)):
        return tp.__origin__
    if isinstance(tp, __npy_UnionType):
        return __npy_typing_Union if tp._npy_form is not None else __npy_UnionType
    if tp is __npy_typing_Generic:
        return __npy_typing_Generic
    return None


def __npy_typing_get_args(tp):
    if isinstance(tp, __npy_TypingAlias) and tp._npy_form._name == "Callable" and len(tp._npy_params) == 2:
        first = tp._npy_params[0]
        return (list(first) if isinstance(first, list) else first, tp._npy_params[1])
    if isinstance(tp, (__npy_TypingAlias, __npy_GenericAlias, __npy_UnionType)):
        return tp.__args__
    return ()


def __npy_typing_get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = getattr(base, "__dict__", {}).get("__annotations__", {})
            for name, value in ann.items():
                hints[name] = type(None) if value is None else value
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        raise TypeError(repr(obj) + " is not a module, class, method, or function.")
    return {name: type(None) if value is None else value for name, value in ann.items()}


__npy_typing_Any = __npy_TypingForm("Any")
__npy_typing_Optional = __npy_TypingForm("Optional")
__npy_typing_Union = __npy_TypingForm("Union")
__npy_typing_List = __npy_TypingForm("List", list)
__npy_typing_Dict = __npy_TypingForm("Dict", dict)
__npy_typing_Set = __npy_TypingForm("Set", set)
__npy_typing_FrozenSet = __npy_TypingForm("FrozenSet", frozenset)
__npy_typing_Tuple = __npy_TypingForm("Tuple", tuple)
__npy_typing_Callable = __npy_TypingForm("Callable")
__npy_typing_Iterable = __npy_TypingForm("Iterable")
__npy_typing_Iterator = __npy_TypingForm("Iterator")
__npy_typing_Sequence = __npy_TypingForm("Sequence")
__npy_typing_Mapping = __npy_TypingForm("Mapping")
__npy_typing_MutableMapping = __npy_TypingForm("MutableMapping")
__npy_typing_Generator = __npy_TypingForm("Generator")
__npy_typing_Type = __npy_TypingForm("Type", type)
__npy_typing_Literal = __npy_TypingForm("Literal")
__npy_typing_Final = __npy_TypingForm("Final")
__npy_typing_ClassVar = __npy_TypingForm("ClassVar")
__npy_typing_TypeVar = __npy_TypingForm("TypeVar")
__npy_typing_DefaultDict = __npy_TypingForm("DefaultDict")
__npy_typing_Deque = __npy_TypingForm("Deque")
__npy_typing_Counter = __npy_TypingForm("Counter")
__npy_typing_OrderedDict = __npy_TypingForm("OrderedDict")
__npy_typing_ChainMap = __npy_TypingForm("ChainMap")
__npy_typing_Annotated = __npy_TypingForm("Annotated")
__npy_typing_Awaitable = __npy_TypingForm("Awaitable")
__npy_typing_Coroutine = __npy_TypingForm("Coroutine")
__npy_typing_AsyncIterator = __npy_TypingForm("AsyncIterator")
__npy_typing_AsyncIterable = __npy_TypingForm("AsyncIterable")
__npy_typing_Collection = __npy_TypingForm("Collection")
__npy_typing_Container = __npy_TypingForm("Container")
__npy_typing_Hashable = __npy_TypingForm("Hashable")
__npy_typing_Sized = __npy_TypingForm("Sized")
__npy_typing_Reversible = __npy_TypingForm("Reversible")
__npy_typing_MutableSequence = __npy_TypingForm("MutableSequence")
__npy_typing_MutableSet = __npy_TypingForm("MutableSet")
__npy_typing_AbstractSet = __npy_TypingForm("AbstractSet")
__npy_typing_KeysView = __npy_TypingForm("KeysView")
__npy_typing_ValuesView = __npy_TypingForm("ValuesView")
__npy_typing_ItemsView = __npy_TypingForm("ItemsView")
__npy_typing_NoReturn = __npy_TypingForm("NoReturn")
__npy_typing_Never = __npy_TypingForm("Never")
__npy_typing_Self = __npy_TypingForm("Self")
__npy_typing_LiteralString = __npy_TypingForm("LiteralString")
__npy_typing_TypeAlias = __npy_TypingForm("TypeAlias")
__npy_typing_Required = __npy_TypingForm("Required")
__npy_typing_NotRequired = __npy_TypingForm("NotRequired")
__npy_typing_Pattern = __npy_TypingForm("Pattern")
__npy_typing_Match = __npy_TypingForm("Match")
__npy_typing_SupportsInt = __npy_TypingForm("SupportsInt")
__npy_typing_SupportsFloat = __npy_TypingForm("SupportsFloat")
__npy_typing_SupportsAbs = __npy_TypingForm("SupportsAbs")
__npy_typing_SupportsIndex = __npy_TypingForm("SupportsIndex")
__npy_typing_SupportsRound = __npy_TypingForm("SupportsRound")
__npy_typing_SupportsBytes = __npy_TypingForm("SupportsBytes")
__npy_typing_IO = __npy_TypingForm("IO")
__npy_typing_TextIO = __npy_TypingForm("TextIO")
__npy_typing_BinaryIO = __npy_TypingForm("BinaryIO")
__npy_typing_Concatenate = __npy_TypingForm("Concatenate")
__npy_typing_ParamSpec = __npy_TypingForm("ParamSpec")
__npy_typing_TypeGuard = __npy_TypingForm("TypeGuard")
__npy_typing_NewType = __npy_TypingForm("NewType")
__npy_typing_TYPE_CHECKING = False

def __npy_typing_overload(func):
    return func


def __npy_typing_final(f):
    return f


def __npy_typing_runtime_checkable(cls):
    return cls


def __npy_typing_no_type_check(arg):
    return arg


def __npy_typing_assert_type(val, typ):
    return val


def __npy_typing_assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg)[:100])


def __npy_typing_reveal_type(obj):
    import sys
    print("Runtime type is " + repr(type(obj).__name__), file=sys.stderr)
    return obj


__npy_typing_AnyStr = __npy_TypingForm("AnyStr")
__npy_typing_Text = str



class __npy_typing_Generic:
    def __class_getitem__(cls, params):
        return __npy_TypingAlias(__npy_TypingForm("Generic", cls), params)


class __npy_typing_Protocol:
    def __class_getitem__(cls, params):
        return __npy_TypingAlias(__npy_TypingForm("Protocol", cls), params)


class __npy_typing_TypedDict(dict):
    # `class Row(TypedDict, total=False)`: calling the class makes a plain dict, as in CPython.
    def __init_subclass__(cls, total=True, **kwargs):
        required = set()
        optional = set()
        annotations = {}
        for base in cls.__mro__[1:]:
            required.update(getattr(base, "__dict__", {}).get("__required_keys__", ()))
            optional.update(getattr(base, "__dict__", {}).get("__optional_keys__", ()))
        for base in reversed(cls.__mro__):
            annotations.update(getattr(base, "__dict__", {}).get("__annotations__", {}))
        for key in cls.__dict__.get("__annotations__", {}):
            (required if total else optional).add(key)
        cls.__annotations__ = annotations
        cls.__total__ = total
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def __npy_typing_cast(typ, value):
    return value


# ----- functools -----

def __npy_reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        if len(initial) > 1:
            raise TypeError("reduce expected at most 3 arguments, got " + str(2 + len(initial)))
        acc = initial[0]
    else:
        acc = next(it, __npy_MISSING)
        if acc is __npy_MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for x in it:
        acc = function(acc, x)
    return acc


class __npy_partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [k + "=" + repr(v) for k, v in self.keywords.items()]
        return "functools.partial(" + ", ".join(parts) + ")"


__npy_name_class(__npy_partial, "partial", "functools")


class __npy_CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return ("CacheInfo(hits=" + str(self.hits) + ", misses=" + str(self.misses) + ", maxsize="
                + str(self.maxsize) + ", currsize=" + str(self.currsize) + ")")

    def __eq__(self, other):
        return (self.hits, self.misses, self.maxsize, self.currsize) == tuple(other)

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))


class __npy_lru_wrapper:
    def __init__(self, func, maxsize):
        __npy_update_wrapper(self, func)
        self._maxsize = maxsize
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, *args, **kwargs):
        key = args
        if kwargs:
            key = args + (__npy_MISSING,) + tuple(sorted(kwargs.items()))
        cache = self._cache
        if key in cache:
            self._hits += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        self._misses += 1
        value = self.__wrapped__(*args, **kwargs)
        if self._maxsize is None or self._maxsize > 0:
            cache[key] = value
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return value

    def cache_info(self):
        return __npy_CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache = {}
        self._hits = 0
        self._misses = 0


def __npy_lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return __npy_lru_wrapper(maxsize, 128)

    def decorate(func):
        return __npy_lru_wrapper(func, maxsize)
    return decorate


def __npy_cache(func):
    return __npy_lru_wrapper(func, None)


__npy_WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
__npy_WRAPPER_UPDATES = ("__dict__",)


def __npy_update_wrapper(wrapper, wrapped, assigned=__npy_WRAPPER_ASSIGNMENTS, updated=__npy_WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def __npy_wraps(wrapped, assigned=__npy_WRAPPER_ASSIGNMENTS, updated=__npy_WRAPPER_UPDATES):
    def decorate(wrapper):
        return __npy_update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


def __npy_total_ordering(cls):
    # CPython's functools.total_ordering: the missing comparisons from one of __lt__, __le__, __gt__, __ge__
    # (and __eq__).
    namespaces = __npy_class_namespaces(cls)
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in namespaces]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = defined[0]
    for name, make in __npy_TOTAL_ORDER[root]:
        if name not in defined:
            f = make(getattr(cls, root))
            __npy_name_function(f, name, cls.__qualname__ + "." + name)
            setattr(cls, name, f)
    return cls


def __npy_class_namespaces(cls):
    names = set()
    for k in cls.__mro__:
        if k is not object:
            names.update(getattr(k, "__dict__", {}))
    return names


def __npy_to_gt_from_lt(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result and self != other
    return f


def __npy_to_le_from_lt(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result or self == other
    return f


def __npy_to_ge_from_lt(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result
    return f


def __npy_to_ge_from_le(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result or self == other
    return f


def __npy_to_lt_from_le(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result and self != other
    return f


def __npy_to_gt_from_le(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result
    return f


def __npy_to_lt_from_gt(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result and self != other
    return f


def __npy_to_ge_from_gt(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result or self == other
    return f


def __npy_to_le_from_gt(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result
    return f


def __npy_to_le_from_ge(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result or self == other
    return f


def __npy_to_gt_from_ge(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result and self != other
    return f


def __npy_to_lt_from_ge(root):
    def f(self, other):
        op_result = root(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result
    return f


__npy_TOTAL_ORDER = {
    "__lt__": [("__gt__", __npy_to_gt_from_lt), ("__le__", __npy_to_le_from_lt), ("__ge__", __npy_to_ge_from_lt)],
    "__le__": [("__ge__", __npy_to_ge_from_le), ("__lt__", __npy_to_lt_from_le), ("__gt__", __npy_to_gt_from_le)],
    "__gt__": [("__lt__", __npy_to_lt_from_gt), ("__ge__", __npy_to_ge_from_gt), ("__le__", __npy_to_le_from_gt)],
    "__ge__": [("__le__", __npy_to_le_from_ge), ("__gt__", __npy_to_gt_from_ge), ("__lt__", __npy_to_lt_from_ge)],
}


def __npy_name_function(f, name, qualname):
    f.__name__ = name
    f.__qualname__ = qualname


class __npy_cmp_key:
    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __lt__(self, other):
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, other.obj) > 0

    def __le__(self, other):
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, other.obj) >= 0

    def __eq__(self, other):
        return self._cmp(self.obj, other.obj) == 0


def __npy_cmp_to_key(mycmp):
    def key(obj):
        return __npy_cmp_key(mycmp, obj)
    return key


# ----- itertools: lazy where the input may be endless, otherwise built eagerly -----

class __npy_count:
    def __init__(self, start=0, step=1):
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._next
        self._next = v + self._step
        return v

    def __repr__(self):
        return "count(" + repr(self._next) + ")"


class __npy_cycle:
    def __init__(self, iterable):
        self._items = list(iterable)
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if not self._items:
            raise StopIteration
        v = self._items[self._i]
        self._i = (self._i + 1) % len(self._items)
        return v


class __npy_repeat:
    def __init__(self, obj, times=None):
        self._obj = obj
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj


class __npy_lazy_map:
    # Applies `step(item)` to each item of a possibly endless iterator until it says stop.
    def __init__(self, it, step):
        self._it = iter(it)
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        return self._step(self._it)


def __npy_islice(iterable, *args):
    s = slice(*args)
    start = s.start or 0
    stop = s.stop
    step = s.step or 1
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return __npy_islice_gen(iter(iterable), start, stop, step)


def __npy_islice_gen(it, start, stop, step):
    # Lazy, so `islice(count(), 5)` and other endless inputs work.
    i = 0
    nxt = start
    while stop is None or i < stop:
        v = next(it, __npy_MISSING)
        if v is __npy_MISSING:
            return
        if i == nxt:
            yield v
            nxt += step
        i += 1


class __npy_chain:
    def __init__(self, *iterables):
        self._it = __npy_chain_gen(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    @classmethod
    def from_iterable(cls, iterables):
        chained = cls()
        chained._it = __npy_chain_gen(iterables)
        return chained


def __npy_chain_gen(iterables):
    for it in iterables:
        yield from it


def __npy_takewhile(predicate, iterable):
    def step(it):
        v = next(it)
        if predicate(v):
            return v
        raise StopIteration
    return __npy_lazy_map(iterable, step)


def __npy_dropwhile(predicate, iterable):
    return __npy_dropwhile_gen(predicate, iter(iterable))


def __npy_dropwhile_gen(predicate, it):
    for v in it:
        if not predicate(v):
            yield v
            break
    yield from it


def __npy_product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    return iter(result)


def __npy_permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return iter([])
    out = []

    def build(prefix, used):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(n):
            if i not in used:
                build(prefix + [i], used | {i})
    build([], set())
    return iter(out)


def __npy_combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    out = []

    def build(start, prefix):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(start, n):
            build(i + 1, prefix + [i])
    if r <= n:
        build(0, [])
    return iter(out)


def __npy_combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    out = []

    def build(start, prefix):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(start, n):
            build(i, prefix + [i])
    if n or not r:
        build(0, [])
    return iter(out)


def __npy_groupby(iterable, key=None):
    out = []
    for v in iterable:
        k = v if key is None else key(v)
        if out and out[-1][0] == k:
            out[-1][1].append(v)
        else:
            out.append((k, [v]))
    return iter([(k, iter(vs)) for k, vs in out])


def __npy_accumulate(iterable, func=None, *, initial=None):
    return __npy_accumulate_gen(iter(iterable), func, initial)


def __npy_accumulate_gen(it, func, initial):
    acc = initial
    started = initial is not None
    if started:
        yield initial
    for v in it:
        if not started:
            acc = v
            started = True
        elif func is None:
            acc = acc + v
        else:
            acc = func(acc, v)
        yield acc


def __npy_zip_longest(*iterables, fillvalue=None):
    return __npy_zip_longest_gen([iter(it) for it in iterables], fillvalue)


def __npy_zip_longest_gen(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    while True:
        row = []
        for i, it in enumerate(iterators):
            v = next(it, __npy_MISSING) if it is not None else __npy_MISSING
            if v is __npy_MISSING:
                if it is not None:
                    active -= 1
                    iterators[i] = None
                if active == 0:
                    return
                v = fillvalue
            row.append(v)
        yield tuple(row)


def __npy_pairwise(iterable):
    return __npy_pairwise_gen(iter(iterable))


def __npy_pairwise_gen(it):
    a = next(it, __npy_MISSING)
    if a is __npy_MISSING:
        return
    for b in it:
        yield (a, b)
        a = b


def __npy_starmap(function, iterable):
    return (function(*args) for args in iterable)


def __npy_compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def __npy_filterfalse(predicate, iterable):
    if predicate is None:
        return (x for x in iterable if not x)
    return (x for x in iterable if not predicate(x))


# ----- operator -----

class __npy_itemgetter:
    def __init__(self, *items):
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)


class __npy_attrgetter:
    def __init__(self, *attrs):
        self._attrs = attrs

    def _get(self, obj, path):
        for name in path.split("."):
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, a) for a in self._attrs)


def __npy_op_add(a, b):
    return a + b


def __npy_op_sub(a, b):
    return a - b


def __npy_op_mul(a, b):
    return a * b


def __npy_op_truediv(a, b):
    return a / b


def __npy_op_floordiv(a, b):
    return a // b


def __npy_op_mod(a, b):
    return a % b


def __npy_op_neg(a):
    return -a


def __npy_op_eq(a, b):
    return a == b


def __npy_op_lt(a, b):
    return a < b


def __npy_op_le(a, b):
    return a <= b


def __npy_op_gt(a, b):
    return a > b


def __npy_op_ge(a, b):
    return a >= b


def __npy_op_ne(a, b):
    return a != b


def __npy_op_not(a):
    return not a


def __npy_op_contains(a, b):
    return b in a


def __npy_op_getitem(a, b):
    return a[b]


# ----- heapq (CPython's algorithms, so the list layout matches) -----

def __npy_siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def __npy_siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    __npy_siftdown(heap, startpos, pos)


def __npy_heappush(heap, item):
    heap.append(item)
    __npy_siftdown(heap, 0, len(heap) - 1)


def __npy_heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        __npy_siftup(heap, 0)
        return returnitem
    return lastelt


def __npy_heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    __npy_siftup(heap, 0)
    return returnitem


def __npy_heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        __npy_siftup(heap, 0)
    return item


def __npy_heapify(x):
    for i in reversed(range(len(x) // 2)):
        __npy_siftup(x, i)


def __npy_nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def __npy_nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def __npy_merge(*iterables, key=None, reverse=False):
    items = []
    for it in iterables:
        items.extend(it)
    return iter(sorted(items, key=key, reverse=reverse))


# ----- bisect -----

def __npy_bisect_left(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if v < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def __npy_bisect_right(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if x < v:
            hi = mid
        else:
            lo = mid + 1
    return lo


def __npy_insort_left(a, x, lo=0, hi=None, *, key=None):
    a.insert(__npy_bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


def __npy_insort_right(a, x, lo=0, hi=None, *, key=None):
    a.insert(__npy_bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


# ----- copy -----

def __npy_copy(x):
    base = __npy_instance_base(x)
    if base is not None:
        # A subclass of a builtin type: a new instance over a copy of its value, with its attributes.
        new = __npy_new_instance(type(x), base.copy() if isinstance(base, (list, dict, set)) else base)
        for k, v in getattr(x, "__dict__", {}).items():
            object.__setattr__(new, k, v)
        return new
    if isinstance(x, (list, dict, set)):
        return x.copy()
    d = getattr(x, "__dict__", None)
    if d is not None and not isinstance(x, type):
        # A new instance without running __init__, as CPython's copy does through __reduce_ex__.
        new = __npy_new_instance(type(x))
        for k, v in d.items():
            object.__setattr__(new, k, v)
        return new
    return x


def __npy_deepcopy(x, memo=None):
    # `memo` pairs originals with their copies, so shared and cyclic references are copied once.
    return __npy_deep(x, [] if memo is None else memo)


def __npy_deep(x, memo):
    for original, copied in memo:
        if original is x:
            return copied
    base = __npy_instance_base(x)
    if base is not None:
        new = __npy_new_instance(type(x), __npy_deep(base, memo))
        memo.append((x, new))
        for k, v in getattr(x, "__dict__", {}).items():
            object.__setattr__(new, k, __npy_deep(v, memo))
        return new
    if isinstance(x, list):
        new = []
        memo.append((x, new))
        for item in x:
            new.append(__npy_deep(item, memo))
        return new
    if isinstance(x, dict):
        new = x.copy()
        new.clear()
        memo.append((x, new))
        for k, v in x.items():
            new[__npy_deep(k, memo)] = __npy_deep(v, memo)
        return new
    if isinstance(x, tuple):
        return tuple([__npy_deep(item, memo) for item in x])
    if isinstance(x, set):
        return {__npy_deep(item, memo) for item in x}
    d = getattr(x, "__dict__", None)
    if d is not None and not isinstance(x, type):
        new = __npy_new_instance(type(x))
        memo.append((x, new))
        for k, v in d.items():
            object.__setattr__(new, k, __npy_deep(v, memo))
        return new
    return x


# ----- collections: namedtuple and deque -----
# nPython classes cannot inherit from tuple, so a namedtuple is a plain class that holds its values in a
# tuple and behaves like one (indexing, slicing, unpacking, len, ==, <, hash, +, count, index); only
# `isinstance(p, tuple)` differs from CPython.

class __npy_NamedTupleBase(tuple):
    # A tuple subclass, as in CPython: isinstance(p, tuple), ==, hash, ordering, slicing, +, * and
    # json.dumps all act on the tuple of field values.
    __slots__ = ()

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        object.__setattr__(self, name, value)

    def __repr__(self):
        parts = [f + "=" + repr(v) for f, v in zip(type(self)._fields, self)]
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def __getnewargs__(self):
        return tuple(self)

    def _asdict(self):
        return dict(zip(type(self)._fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(type(self)._fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: " + repr(list(kwargs)))
        return type(self)._make(values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError("Expected " + str(len(cls._fields)) + " arguments, got " + str(len(values)))
        return tuple.__new__(cls, values)


def __npy_namedtuple_field(i):
    return property(lambda self: self[i])


def __npy_namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or __npy_iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[i] = "_" + str(i)
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if __npy_iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    class __npy_namedtuple_class(__npy_NamedTupleBase):
        __slots__ = ()

    cls = __npy_namedtuple_class
    __npy_name_class(cls, typename)
    __npy_namedtuple_setup(cls, typename, fields, field_defaults)
    return cls


def __npy_namedtuple_setup(cls, typename, fields, field_defaults):
    # The fields, defaults, read-only properties, __match_args__ and __new__ of a namedtuple class.
    def __new__(cls, *args, **kwargs):
            n = len(fields)
            if len(args) > n:
                raise TypeError(typename + ".__new__() takes " + str(n + 1) + " positional arguments but "
                                + str(len(args) + 1) + " were given")
            values = list(args)
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    values.append(__npy_MISSING)
            for k in kwargs:
                if k in fields:
                    raise TypeError(typename + ".__new__() got multiple values for argument '" + k + "'")
                raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + k + "'")
            missing = ["'" + f + "'" for f, v in zip(fields, values) if v is __npy_MISSING]
            if missing:
                if len(missing) == 1:
                    joined = missing[0]
                elif len(missing) == 2:
                    joined = missing[0] + " and " + missing[1]
                else:
                    joined = ", ".join(missing[:-1]) + ", and " + missing[-1]
                raise TypeError(typename + ".__new__() missing " + str(len(missing))
                                + " required positional argument" + ("s" if len(missing) > 1 else "")
                                + ": " + joined)
            return tuple.__new__(cls, values)

    cls.__new__ = __new__
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__match_args__ = fields
    for i, name in enumerate(fields):
        setattr(cls, name, __npy_namedtuple_field(i))


class __npy_typing_NamedTuple(__npy_NamedTupleBase):
    # `class Point(NamedTuple): x: int; y: int = 0` makes a namedtuple class from the annotations.
    def __init_subclass__(cls, **kwargs):
        if __npy_typing_NamedTuple not in cls.__bases__:
            return
        namespace = cls.__dict__
        fields = tuple(namespace.get("__annotations__", {}))
        defaults = {}
        for name in fields:
            if name.startswith("_"):
                raise ValueError("Field names cannot start with an underscore: " + repr(name))
            if name in namespace:
                defaults[name] = namespace[name]
            elif defaults:
                raise TypeError("Non-default namedtuple field " + name + " cannot follow default field"
                                + ("s " if len(defaults) > 1 else " ") + ", ".join(defaults))
        __npy_namedtuple_setup(cls, cls.__name__, fields, defaults)


__npy_KEYWORDS = frozenset(["False", "None", "True", "and", "as", "assert", "async", "await", "break",
                            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
                            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
                            "pass", "raise", "return", "try", "while", "with", "yield"])


def __npy_iskeyword(s):
    return s in __npy_KEYWORDS


class __npy_deque:
    # The items are `_items[_head:]`: popleft advances `_head` instead of shifting the list, and the dead
    # prefix is dropped once it is more than half the list, so both ends are amortised O(1).
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head > 16 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []
        self._head = 0

    def copy(self):
        return __npy_deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        return self._items[self._head:].count(x)

    def index(self, x, *args):
        try:
            return self._items[self._head:].index(x, *args)
        except ValueError:
            raise ValueError(repr(x) + " is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items[self._head:]
        items.insert(i, x)
        self._items = items
        self._head = 0

    def remove(self, value):
        items = self._items[self._head:]
        try:
            items.remove(value)
        except ValueError:
            raise ValueError(repr(value) + " is not in deque") from None
        self._items = items
        self._head = 0

    def reverse(self):
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def rotate(self, n=1):
        items = self._items[self._head:]
        if items:
            n = n % len(items)
            if n:
                items = items[-n:] + items[:-n]
        self._items = items
        self._head = 0

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + type(i).__name__ + "'")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        return x in self._items[self._head:]

    def __eq__(self, other):
        if not isinstance(other, __npy_deque):
            return NotImplemented
        return self._items[self._head:] == other._items[other._head:]

    def __ne__(self, other):
        if not isinstance(other, __npy_deque):
            return NotImplemented
        return self._items[self._head:] != other._items[other._head:]

    def __lt__(self, other):
        return self._items[self._head:] < list(other)

    def __le__(self, other):
        return self._items[self._head:] <= list(other)

    def __gt__(self, other):
        return self._items[self._head:] > list(other)

    def __ge__(self, other):
        return self._items[self._head:] >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, __npy_deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        return __npy_deque(self._items[self._head:] + other._items[other._head:], self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        body = repr(self._items[self._head:])
        if self._maxlen is None:
            return "deque(" + body + ")"
        return "deque(" + body + ", maxlen=" + str(self._maxlen) + ")"


__npy_name_class(__npy_deque, "deque", "collections")


# ----- string -----

__npy_string_whitespace = " \t\n\r\x0b\x0c"
__npy_string_ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
__npy_string_ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
__npy_string_ascii_letters = __npy_string_ascii_lowercase + __npy_string_ascii_uppercase
__npy_string_digits = "0123456789"
__npy_string_hexdigits = __npy_string_digits + "abcdef" + "ABCDEF"
__npy_string_octdigits = "01234567"
__npy_string_punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
__npy_string_printable = (__npy_string_digits + __npy_string_ascii_letters + __npy_string_punctuation
                          + __npy_string_whitespace)


def __npy_capwords(s, sep=None):
    return (sep or " ").join([x.capitalize() for x in s.split(sep)])


def __npy_template_is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def __npy_template_is_ident_char(c):
    return __npy_template_is_ident_start(c) or ("0" <= c <= "9")


class __npy_Template:
    # CPython's default pattern: `$$` is a dollar, `$name` and `${name}` are placeholders (ASCII
    # identifiers), and any other `$` is an invalid placeholder. A subclass may set another `delimiter`.
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # A list of literal strings and (name, start) placeholders; ("", start) marks an invalid one.
        s = self.template
        delim = type(self).delimiter
        dl = len(delim)
        parts = []
        literal_start = 0
        i = 0
        n = len(s)
        while i < n:
            if not s.startswith(delim, i):
                i += 1
                continue
            parts.append(s[literal_start:i])
            j = i + dl
            if s.startswith(delim, j):
                parts.append(delim)
                i = j + dl
            elif j < n and __npy_template_is_ident_start(s[j]):
                k = j
                while k < n and __npy_template_is_ident_char(s[k]):
                    k += 1
                parts.append((s[j:k], i, s[i:k]))
                i = k
            elif j < n and s[j] == "{":
                k = j + 1
                if k < n and __npy_template_is_ident_start(s[k]):
                    while k < n and __npy_template_is_ident_char(s[k]):
                        k += 1
                    if k < n and s[k] == "}":
                        parts.append((s[j + 1:k], i, s[i:k + 1]))
                        i = k + 1
                        literal_start = i
                        continue
                parts.append(("", i, delim))
                i = j
            else:
                parts.append(("", i, delim))
                i = j
            literal_start = i
        parts.append(s[literal_start:])
        return parts

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError("Too many positional arguments")
        if not args:
            return kws
        if not kws:
            return args[0]
        merged = dict(args[0])
        merged.update(kws)
        return merged

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line " + str(lineno) + ", col " + str(colno))

    def substitute(self, *args, **kws):
        mapping = self._mapping(args, kws)
        out = []
        for p in self._parse():
            if isinstance(p, str):
                out.append(p)
            elif p[0] == "":
                self._invalid(p[1] + 1)
            else:
                out.append(str(mapping[p[0]]))
        return "".join(out)

    def safe_substitute(self, *args, **kws):
        mapping = self._mapping(args, kws)
        out = []
        for p in self._parse():
            if isinstance(p, str):
                out.append(p)
            elif p[0] == "":
                out.append(p[2])
            else:
                try:
                    out.append(str(mapping[p[0]]))
                except KeyError:
                    out.append(p[2])
        return "".join(out)

    def get_identifiers(self):
        ids = []
        for p in self._parse():
            if not isinstance(p, str) and p[0] and p[0] not in ids:
                ids.append(p[0])
        return ids

    def is_valid(self):
        return all(isinstance(p, str) or p[0] for p in self._parse())


__npy_name_class(__npy_Template, "Template", "string")


# ----- textwrap (a port of CPython 3.11's algorithm, so lines break in the same places) -----

__npy_tw_whitespace = "\t\n\x0b\x0c\r "


def __npy_tw_re(name):
    # Built per call, never cached in a prelude global: the prelude outlives the job, and the pattern object
    # belongs to the job's heap (the compiled program itself is cached process-wide by `re`).
    import re
    ws = "[" + re.escape(__npy_tw_whitespace) + "]"
    nws = "[^" + ws[1:]
    wp = r"[\w!" + "\"" + r"'&.,?]"
    lt = r"[^\d\W]"
    if name == "wordsep":
        pat = re.compile(r"""
            ( # any whitespace
              %(ws)s+
            | # em-dash between words
              (?<=%(wp)s) -{2,} (?=\w)
            | # word, possibly hyphenated
              %(nws)s+? (?:
                # hyphenated word
                  -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
                  (?= %(lt)s -? %(lt)s)
                | # end of word
                  (?=%(ws)s|\Z)
                | # em-dash
                  (?<=%(wp)s) (?=-{2,}\w)
                )
            )""".replace("%(ws)s", ws).replace("%(wp)s", wp).replace("%(lt)s", lt).replace("%(nws)s", nws),
            re.VERBOSE)
    elif name == "simple":
        pat = re.compile("(" + ws + "+)")
    elif name == "sentence_end":
        pat = re.compile(r"[a-z][\.\!\?][" + "\"" + r"\']?\Z")
    elif name == "whitespace_only":
        pat = re.compile("^[ \t]+$", re.MULTILINE)
    else:
        pat = re.compile("(^[ \t]*)(?:[^ \t\n])", re.MULTILINE)
    return pat


class __npy_TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in __npy_tw_whitespace:
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = __npy_tw_re("wordsep").split(text)
        else:
            chunks = __npy_tw_re("simple").split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        pat = __npy_tw_re("sentence_end")
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and pat.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # When the indent is wider than the width, still take one character per pass.
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen, if there are non-hyphens before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width " + repr(self.width) + " (must be > 0)")
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None
                        or len(lines) + 1 < self.max_lines
                        or (not chunks
                            or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    if not placed:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


__npy_name_class(__npy_TextWrapper, "TextWrapper", "textwrap")


def __npy_tw_wrap(text, width=70, **kwargs):
    return __npy_TextWrapper(width=width, **kwargs).wrap(text)


def __npy_tw_fill(text, width=70, **kwargs):
    return __npy_TextWrapper(width=width, **kwargs).fill(text)


def __npy_tw_shorten(text, width, **kwargs):
    w = __npy_TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def __npy_tw_dedent(text):
    import re
    margin = None
    text = __npy_tw_re("whitespace_only").sub("", text)
    for indent in __npy_tw_re("leading_whitespace").findall(text):
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        text = re.sub(r"(?m)^" + margin, "", text)
    return text


def __npy_tw_indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)


# ----- statistics (CPython 3.11's algorithms: exact rational sums, so results match to the last bit) -----
# Rationals are (numerator, denominator) pairs of ints with a positive denominator; nPython has no
# `fractions` module. Data may be ints, bools and floats.

class __npy_StatisticsError(ValueError):
    pass


__npy_name_class(__npy_StatisticsError, "StatisticsError", "statistics")


def __npy_st_ratio(x):
    # The exact value of an int or a finite float, as CPython's `as_integer_ratio`.
    if isinstance(x, int):
        return (int(x), 1)
    if not isinstance(x, float):
        raise TypeError("can't convert type '" + type(x).__name__ + "' to numerator/denominator")
    import math
    m, e = math.frexp(x)
    n = int(m * 9007199254740992)
    e -= 53
    if e >= 0:
        return (n << e, 1)
    d = 1 << -e
    g = math.gcd(n, d)
    return (n // g, d // g)


def __npy_st_norm(n, d):
    import math
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def __npy_st_add(a, b):
    return __npy_st_norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def __npy_st_type(types):
    t = int
    for s in types:
        if s is float:
            t = float
        elif s is not int and s is not bool:
            raise TypeError("can't convert type '" + s.__name__ + "' to numerator/denominator")
    return t


def __npy_st_isfinite(x):
    import math
    return not isinstance(x, float) or math.isfinite(x)


def __npy_st_sum(data):
    # (type, exact total or a non-finite float, count), as CPython's statistics._sum.
    count = 0
    types = set()
    total = (0, 1)
    nonfinite = None
    for x in data:
        types.add(type(x))
        count += 1
        if not __npy_st_isfinite(x):
            nonfinite = x if nonfinite is None else nonfinite + x
        else:
            total = __npy_st_add(total, __npy_st_ratio(x))
    T = __npy_st_type(types)
    return (T, total if nonfinite is None else nonfinite, count)


def __npy_st_convert(value, T):
    if isinstance(value, float):
        return value
    n, d = value
    if T is int and d == 1:
        return n
    return n / d


def __npy_st_div(value, k):
    if isinstance(value, float):
        return value / k
    return __npy_st_norm(value[0], value[1] * k)


def __npy_st_ss(data, c=None):
    # (type, exact sum of squared deviations, count), as CPython's statistics._ss.
    if c is not None:
        T, ssd, count = __npy_st_sum([(x - c) * (x - c) for x in data])
        return (T, ssd, count)
    count = 0
    types = set()
    sx = (0, 1)
    sxx = (0, 1)
    nonfinite = None
    for x in data:
        types.add(type(x))
        count += 1
        if not __npy_st_isfinite(x):
            nonfinite = x if nonfinite is None else nonfinite + x
        else:
            n, d = __npy_st_ratio(x)
            sx = __npy_st_add(sx, (n, d))
            sxx = __npy_st_add(sxx, (n * n, d * d))
    T = __npy_st_type(types)
    if nonfinite is not None:
        return (T, nonfinite, count)
    if not count:
        return (T, (0, 1), 0)
    # ssd = (count * sxx - sx * sx) / count
    num = __npy_st_add((count * sxx[0], sxx[1]), (-sx[0] * sx[0], sx[1] * sx[1]))
    return (T, __npy_st_norm(num[0], num[1] * count), count)


def __npy_st_sqrt(value):
    # The correctly rounded square root of a rational (CPython's _float_sqrt_of_frac).
    import math
    if isinstance(value, float):
        return math.sqrt(value)
    n, m = value

    def rto(n, m):
        a = math.isqrt(n // m)
        return a | (a * a * m != n)
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (rto(n, m << 2 * q) << q) / 1
    return rto(n << -2 * q, m) / (1 << -q)


def __npy_mean(data):
    T, total, n = __npy_st_sum(data)
    if n < 1:
        raise __npy_StatisticsError("mean requires at least one data point")
    return __npy_st_convert(__npy_st_div(total, n), T)


def __npy_fmean(data, weights=None):
    import math
    data = list(data)
    n = len(data)
    if weights is None:
        if not n:
            raise __npy_StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    weights = list(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if n != len(weights):
        raise __npy_StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise __npy_StatisticsError("sum of weights must be non-zero")
    return num / den


def __npy_median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise __npy_StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def __npy_median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise __npy_StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def __npy_median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise __npy_StatisticsError("no median for empty data")
    return data[n // 2]


def __npy_st_counts(data):
    # Counts in first-seen order, as collections.Counter keeps them.
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def __npy_mode(data):
    counts = __npy_st_counts(data)
    if not counts:
        raise __npy_StatisticsError("no mode for empty data")
    best = None
    for value, c in counts.items():
        if best is None or c > best[1]:
            best = (value, c)
    return best[0]


def __npy_multimode(data):
    counts = __npy_st_counts(data)
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, c in counts.items() if c == maxcount]


def __npy_quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise __npy_StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise __npy_StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: " + repr(method))


def __npy_variance(data, xbar=None):
    T, ss, n = __npy_st_ss(data, xbar)
    if n < 2:
        raise __npy_StatisticsError("variance requires at least two data points")
    return __npy_st_convert(__npy_st_div(ss, n - 1), T)


def __npy_pvariance(data, mu=None):
    T, ss, n = __npy_st_ss(data, mu)
    if n < 1:
        raise __npy_StatisticsError("pvariance requires at least one data point")
    return __npy_st_convert(__npy_st_div(ss, n), T)


def __npy_stdev(data, xbar=None):
    T, ss, n = __npy_st_ss(data, xbar)
    if n < 2:
        raise __npy_StatisticsError("stdev requires at least two data points")
    return __npy_st_sqrt(__npy_st_div(ss, n - 1))


def __npy_pstdev(data, mu=None):
    T, ss, n = __npy_st_ss(data, mu)
    if n < 1:
        raise __npy_StatisticsError("pstdev requires at least one data point")
    return __npy_st_sqrt(__npy_st_div(ss, n))


# ----- io: StringIO only (there are no files) -----

class __npy_StringIO:
    # Text in memory. Writes at the end are kept as chunks and joined on demand, so building a large
    # string with many `write` calls stays linear.
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._value = initial_value
        self._chunks = []
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _flush(self):
        if self._chunks:
            self._value = self._value + "".join(self._chunks)
            self._chunks = []

    def getvalue(self):
        self._check()
        self._flush()
        return self._value

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        self._flush()
        n = len(self._value)
        if self._pos == n:
            self._chunks.append(s)
        elif self._pos > n:
            self._value = self._value + "\0" * (self._pos - n) + s
        else:
            self._value = self._value[:self._pos] + s + self._value[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        self._flush()
        start = self._pos
        if size is None or size < 0:
            end = len(self._value)
        else:
            end = min(len(self._value), start + size)
        self._pos = max(start, end)
        return self._value[start:end]

    def readline(self, size=-1):
        self._check()
        self._flush()
        start = self._pos
        end = self._value.find("\n", start)
        end = len(self._value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(start, end)
        return self._value[start:end]

    def readlines(self, hint=-1):
        return list(self)

    def seek(self, pos, whence=0):
        self._check()
        self._flush()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1 and pos == 0:
            pass
        elif whence == 2 and pos == 0:
            self._pos = len(self._value)
        else:
            raise OSError("Can't do nonzero cur-relative seeks")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        self._flush()
        if size is None:
            size = self._pos
        self._value = self._value[:size]
        return size

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    # A StringIO is its own iterator (a generator `__iter__` is refused by nPython's iter()).
    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
        return False


__npy_name_class(__npy_StringIO, "StringIO", "_io")


# ----- csv: the excel dialect (and delimiter/quotechar/quoting/lineterminator options) -----

__npy_csv_QUOTE_MINIMAL = 0
__npy_csv_QUOTE_ALL = 1
__npy_csv_QUOTE_NONNUMERIC = 2
__npy_csv_QUOTE_NONE = 3


class __npy_csv_Error(Exception):
    pass


__npy_name_class(__npy_csv_Error, "Error", "_csv")


class __npy_csv_Dialect:
    def __init__(self, dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                 lineterminator, quoting, strict):
        if dialect not in ("excel", None):
            raise __npy_csv_Error("unknown dialect")
        if not isinstance(delimiter, str) or len(delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if quotechar is not None and (not isinstance(quotechar, str) or len(quotechar) != 1):
            raise TypeError('"quotechar" must be a 1-character string')
        if quoting not in (0, 1, 2, 3):
            raise TypeError("bad \"quoting\" value")
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.escapechar = escapechar
        self.doublequote = doublequote
        self.skipinitialspace = skipinitialspace
        self.lineterminator = lineterminator
        self.quoting = quoting
        self.strict = strict


def __npy_csv_dialect(dialect="excel", delimiter=",", quotechar='"', escapechar=None, doublequote=True,
                      skipinitialspace=False, lineterminator="\r\n", quoting=0, strict=False):
    return __npy_csv_Dialect(dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                             lineterminator, quoting, strict)


class __npy_csv_reader:
    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._it = iter(csvfile)
        self.dialect = __npy_csv_dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        # CPython's state machine (Modules/_csv.c), fed one line at a time; a quoted field may span lines.
        d = self.dialect
        fields = []
        field = []
        quoted = False
        state = "start_record"
        while True:
            line = next(self._it, __npy_MISSING)
            if line is __npy_MISSING:
                if field or state == "in_quoted":
                    if d.strict:
                        raise __npy_csv_Error("unexpected end of data")
                    fields.append(self._finish(field, quoted))
                    return fields
                if state == "start_record" and not fields:
                    raise StopIteration
                return fields
            if not isinstance(line, str):
                raise __npy_csv_Error("iterator should return strings, not " + type(line).__name__
                                      + " (the file should be opened in text mode)")
            self.line_num += 1
            for c in line:
                if state == "start_record" or state == "start_field":
                    if c == "\n" or c == "\r":
                        if state == "start_field":
                            fields.append(self._finish(field, quoted))
                            field = []
                            quoted = False
                        state = "eat_crnl"
                    elif c == d.quotechar and d.quoting != 3:
                        quoted = True
                        state = "in_quoted"
                    elif c == d.escapechar:
                        state = "escape"
                    elif c == " " and d.skipinitialspace:
                        state = "start_field"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "start_field"
                    else:
                        field.append(c)
                        state = "in_field"
                elif state == "escape":
                    field.append(c)
                    state = "in_field"
                elif state == "in_field":
                    if c == "\n" or c == "\r":
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "eat_crnl"
                    elif c == d.escapechar:
                        state = "escape"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "start_field"
                    else:
                        field.append(c)
                elif state == "in_quoted":
                    if c == d.escapechar:
                        state = "escape_in_quoted"
                    elif c == d.quotechar:
                        state = "quote_in_quoted" if d.doublequote else "in_field"
                    else:
                        field.append(c)
                elif state == "escape_in_quoted":
                    field.append(c)
                    state = "in_quoted"
                elif state == "quote_in_quoted":
                    if c == d.quotechar:
                        field.append(c)
                        state = "in_quoted"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "start_field"
                    elif c == "\n" or c == "\r":
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "eat_crnl"
                    elif d.strict:
                        raise __npy_csv_Error("'" + d.delimiter + "' expected after '" + d.quotechar + "'")
                    else:
                        field.append(c)
                        state = "in_field"
                else:
                    if c != "\n" and c != "\r":
                        raise __npy_csv_Error("new-line character seen in unquoted field - do you need to "
                                              "open the file with newline=''?")
            # The end of the line.
            if state in ("in_quoted", "escape", "escape_in_quoted"):
                if state == "escape_in_quoted":
                    state = "in_quoted"
                elif state == "escape":
                    state = "in_field"
                if state == "in_quoted":
                    continue
            if state == "start_record" or state == "eat_crnl":
                return fields
            fields.append(self._finish(field, quoted))
            return fields

    def _finish(self, field, quoted):
        s = "".join(field)
        if self.dialect.quoting == 2 and not quoted and s:
            return float(s)
        return s


class __npy_csv_writer:
    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._file = csvfile
        self.dialect = __npy_csv_dialect(dialect, **fmtparams)

    def _field(self, v, only):
        d = self.dialect
        if v is None:
            s = ""
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        if d.quoting == 1 or (d.quoting == 2 and not isinstance(v, (int, float))):
            need = True
        elif d.quoting == 3:
            need = False
        else:
            need = (d.delimiter in s or (d.quotechar is not None and d.quotechar in s) or "\n" in s or "\r" in s
                    or any(c in s for c in d.lineterminator) or (d.escapechar is not None and d.escapechar in s))
            if s == "" and only:
                need = True
        if d.quoting == 3:
            special = [d.delimiter, "\n", "\r"] + ([d.quotechar] if d.quotechar else [])
            if d.escapechar is None:
                if any(c in s for c in special):
                    raise __npy_csv_Error("need to escape, but no escapechar set")
            else:
                s = s.replace(d.escapechar, d.escapechar + d.escapechar)
                for c in special:
                    s = s.replace(c, d.escapechar + c)
            return s
        if d.quotechar is not None and d.quotechar in s:
            if d.doublequote:
                s = s.replace(d.quotechar, d.quotechar + d.quotechar)
            elif d.escapechar is not None:
                s = s.replace(d.quotechar, d.escapechar + d.quotechar)
            else:
                raise __npy_csv_Error("need to escape, but no escapechar set")
        return d.quotechar + s + d.quotechar if need else s

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise __npy_csv_Error("iterable expected, not " + type(row).__name__) from None
        only = len(items) == 1
        line = self.dialect.delimiter.join([self._field(v, only) for v in items]) + self.dialect.lineterminator
        return self._file.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class __npy_csv_DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", **kwargs):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = __npy_csv_reader(f, dialect, **kwargs)
        self.dialect = dialect
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class __npy_csv_DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", **kwargs):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (" + extrasaction + ") must be 'raise' or 'ignore'")
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction.lower()
        self.writer = __npy_csv_writer(f, dialect, **kwargs)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


__npy_name_class(__npy_csv_reader, "reader", "_csv")
__npy_name_class(__npy_csv_writer, "writer", "_csv")
__npy_name_class(__npy_csv_DictReader, "DictReader", "csv")
__npy_name_class(__npy_csv_DictWriter, "DictWriter", "csv")


# ----- urllib.parse (ported from CPython 3.11; str only, no bytes) -----

__npy_up_uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
                          "prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
__npy_up_uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https",
                        "shttp", "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp",
                        "nfs", "git", "git+ssh", "ws", "wss"]
__npy_up_uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps", "rtspu",
                        "sip", "sips", "mms", "sftp", "tel"]
__npy_up_scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."
__npy_up_always_safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"


class __npy_up_NetlocMixin:
    @property
    def username(self):
        netloc = self.netloc
        if "@" not in netloc:
            return None
        userinfo = netloc.rpartition("@")[0]
        return userinfo.partition(":")[0]

    @property
    def password(self):
        netloc = self.netloc
        if "@" not in netloc:
            return None
        userinfo = netloc.rpartition("@")[0]
        user, have, password = userinfo.partition(":")
        return password if have else None

    def _hostinfo(self):
        hostinfo = self.netloc.rpartition("@")[2]
        _, have_open_br, bracketed = hostinfo.partition("[")
        if have_open_br:
            hostname, _, port = bracketed.partition("]")
            _, _, port = port.partition(":")
        else:
            hostname, _, port = hostinfo.partition(":")
        if not port:
            port = None
        return hostname, port

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        separator = "%"
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as " + repr(port))
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port


class __npy_up_SplitResult(__npy_up_NetlocMixin, __npy_NamedTupleBase):
    _fields = ("scheme", "netloc", "path", "query", "fragment")
    _field_defaults = {}
    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    query = property(lambda self: self[3])
    fragment = property(lambda self: self[4])

    def geturl(self):
        return __npy_urlunsplit(self)


class __npy_up_ParseResult(__npy_up_NetlocMixin, __npy_NamedTupleBase):
    _fields = ("scheme", "netloc", "path", "params", "query", "fragment")
    _field_defaults = {}
    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    params = property(lambda self: self[3])
    query = property(lambda self: self[4])
    fragment = property(lambda self: self[5])

    def geturl(self):
        return __npy_urlunparse(self)


__npy_name_class(__npy_up_SplitResult, "SplitResult", "urllib.parse")
__npy_name_class(__npy_up_ParseResult, "ParseResult", "urllib.parse")


def __npy_up_splitnetloc(url, start=0):
    delim = len(url)
    for c in "/?#":
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def __npy_urlsplit(url, scheme="", allow_fragments=True):
    # CPython strips C0 control characters and spaces at the start, and tabs and newlines anywhere.
    i = 0
    while i < len(url) and url[i] <= " ":
        i += 1
    url = url[i:]
    scheme = scheme.strip("".join([chr(c) for c in range(33)]))
    for b in "\t\r\n":
        url = url.replace(b, "")
        scheme = scheme.replace(b, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in __npy_up_scheme_chars for c in url[:i]):
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = __npy_up_splitnetloc(url, 2)
        if ("[" in netloc and "]" not in netloc) or ("]" in netloc and "[" not in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return __npy_up_SplitResult._make((scheme, netloc, url, query, fragment))


def __npy_urlparse(url, scheme="", allow_fragments=True):
    scheme, netloc, url, query, fragment = __npy_urlsplit(url, scheme, allow_fragments)
    params = ""
    if scheme in __npy_up_uses_params and ";" in url:
        if "/" in url:
            i = url.find(";", url.rfind("/"))
        else:
            i = url.find(";")
        if i >= 0:
            url, params = url[:i], url[i + 1:]
    return __npy_up_ParseResult._make((scheme, netloc, url, params, query, fragment))


def __npy_urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in __npy_up_uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def __npy_urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = url + ";" + params
    return __npy_urlunsplit((scheme, netloc, url, query, fragment))


def __npy_urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = __npy_urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = __npy_urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in __npy_up_uses_relative:
        return url
    if scheme in __npy_up_uses_netloc:
        if netloc:
            return __npy_urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return __npy_urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved_path = []
    for seg in segments:
        if seg == "..":
            if resolved_path:
                resolved_path.pop()
        elif seg == ".":
            continue
        else:
            resolved_path.append(seg)
    if segments[-1] in (".", ".."):
        resolved_path.append("")
    return __npy_urlunparse((scheme, netloc, "/".join(resolved_path) or "/", params, query, fragment))


def __npy_quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        data = string.encode(encoding or "utf-8", errors or "strict")
    else:
        data = string
    if isinstance(safe, str):
        safe_chars = safe
    else:
        safe_chars = "".join([chr(c) for c in safe])
    out = []
    for b in data:
        c = chr(b)
        if b < 128 and (c in __npy_up_always_safe or c in safe_chars):
            out.append(c)
        else:
            out.append("%" + "{:02X}".format(b))
    return "".join(out)


def __npy_quote_plus(string, safe="", encoding=None, errors=None):
    if " " not in string:
        return __npy_quote(string, safe, encoding, errors)
    return __npy_quote(string, safe + " ", encoding, errors).replace(" ", "+")


def __npy_unquote(string, encoding="utf-8", errors="replace"):
    if "%" not in string:
        return string
    hexdigits = "0123456789abcdefABCDEF"
    out = []
    pending = []
    i = 0
    n = len(string)
    while i < n:
        c = string[i]
        if c == "%" and i + 2 < n + 0 and string[i + 1] in hexdigits and string[i + 2] in hexdigits:
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = []
        out.append(c)
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return "".join(out)


def __npy_unquote_plus(string, encoding="utf-8", errors="replace"):
    return __npy_unquote(string.replace("+", " "), encoding, errors)


def __npy_parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
                    max_num_fields=None, separator="&"):
    if not separator or not isinstance(separator, str):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError("Max number of fields exceeded")
    r = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: " + repr(name_value))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            r.append((__npy_unquote_plus(nv[0], encoding, errors), __npy_unquote_plus(nv[1], encoding, errors)))
    return r


def __npy_parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
                   max_num_fields=None, separator="&"):
    parsed = {}
    for name, value in __npy_parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                       max_num_fields, separator):
        if name in parsed:
            parsed[name].append(value)
        else:
            parsed[name] = [value]
    return parsed


def __npy_urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=__npy_quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object") from None
    l = []
    for k, v in query:
        k = quote_via(k if isinstance(k, str) else str(k), safe, encoding, errors)
        if not doseq or isinstance(v, str):
            v = quote_via(v if isinstance(v, str) else str(v), safe, encoding, errors)
            l.append(k + "=" + v)
        else:
            try:
                len(v)
            except TypeError:
                l.append(k + "=" + quote_via(str(v), safe, encoding, errors))
            else:
                for elt in v:
                    l.append(k + "=" + quote_via(elt if isinstance(elt, str) else str(elt), safe, encoding, errors))
    return "&".join(l)


class __npy_up_DefragResult(__npy_NamedTupleBase):
    _fields = ("url", "fragment")
    _field_defaults = {}
    url = property(lambda self: self[0])
    fragment = property(lambda self: self[1])

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


__npy_name_class(__npy_up_DefragResult, "DefragResult", "urllib.parse")


def __npy_urldefrag(url):
    if "#" in url:
        s, n, p, a, q, frag = __npy_urlparse(url)
        return __npy_up_DefragResult._make((__npy_urlunparse((s, n, p, a, q, "")), frag))
    return __npy_up_DefragResult._make((url, ""))


# ---- enum ----------------------------------------------------------------------------------------------------
# nPython has no metaclasses: an Enum class is made by the class statement as any class, then
# `__init_subclass__` turns its plain attributes into members, and the VM's class hooks (`__npy_class_iter__`,
# `__npy_class_len__`, `__npy_class_contains__`, `__npy_class_repr__`, `__class_getitem__`) give the class
# the behaviour CPython's EnumType gives it.


class __npy_auto:
    # Its value is known only when the enum class is made; `READ | WRITE` in the class body is kept as an
    # expression of autos and worked out then (CPython knows the values at once).
    def __init__(self):
        self.value = __npy_auto

    def _npy_resolve(self):
        return self._npy_value_

    def __or__(self, other):
        return __npy_auto_expr(self, other, "|")

    def __ror__(self, other):
        return __npy_auto_expr(other, self, "|")

    def __and__(self, other):
        return __npy_auto_expr(self, other, "&")

    def __rand__(self, other):
        return __npy_auto_expr(other, self, "&")

    def __xor__(self, other):
        return __npy_auto_expr(self, other, "^")

    def __rxor__(self, other):
        return __npy_auto_expr(other, self, "^")


class __npy_auto_expr(__npy_auto):
    def __init__(self, left, right, op):
        self.left = left
        self.right = right
        self.op = op

    def _npy_resolve(self):
        a = self.left._npy_resolve() if isinstance(self.left, __npy_auto) else self.left
        b = self.right._npy_resolve() if isinstance(self.right, __npy_auto) else self.right
        if self.op == "|":
            return a | b
        if self.op == "&":
            return a & b
        return a ^ b


def __npy_enum_is_descriptor(value):
    return callable(value) or isinstance(value, (property, staticmethod, classmethod))


class __npy_Enum:
    def __init_subclass__(cls, **kwargs):
        for base in cls.__mro__[1:]:
            if getattr(base, "_npy_members_", None):
                raise TypeError(f"<enum {cls.__name__!r}> cannot extend <enum {base.__name__!r}>")
        own = cls.__dict__
        # A member's __init__ runs once, when the member is made; calling the class looks a member up.
        if "__init__" in own:
            cls._npy_member_init_ = own["__init__"]
            del cls.__init__
        members = {}
        by_value = {}
        names = []
        last_values = []
        for name, value in own.items():
            if name.startswith("_") or __npy_enum_is_descriptor(value):
                continue
            if isinstance(value, __npy_auto_expr):
                value = value._npy_resolve()
            elif isinstance(value, __npy_auto):
                placeholder = value
                value = cls._generate_next_value_(name, 1, len(names), last_values[:])
                placeholder._npy_value_ = value
            last_values.append(value)
            if value in by_value:
                members[name] = by_value[value]
                setattr(cls, name, by_value[value])
                continue
            member_type = __npy_enum_member_type(cls)
            if member_type is None:
                member = object.__new__(cls)
            elif isinstance(value, tuple):
                member = member_type.__new__(cls, *value)
            else:
                member = member_type.__new__(cls, value)
            member._name_ = name
            member._value_ = value
            member_init = getattr(cls, "_npy_member_init_", None)
            if member_init is not None:
                if isinstance(value, tuple):
                    member_init(member, *value)
                else:
                    member_init(member, value)
            members[name] = member
            by_value[value] = member
            names.append(name)
            setattr(cls, name, member)
        cls.__members__ = dict(members)
        cls._npy_members_ = members
        cls._npy_by_value_ = by_value
        cls._member_names_ = names

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            if isinstance(last, int):
                return last + 1
        return start

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._npy_by_value_[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def __class_getitem__(cls, name):
        return cls._npy_members_[name]

    @classmethod
    def __npy_class_iter__(cls):
        return iter([cls._npy_members_[n] for n in getattr(cls, "_member_names_", ())])

    @classmethod
    def __npy_class_len__(cls):
        return len(getattr(cls, "_member_names_", ()))

    @classmethod
    def __npy_class_contains__(cls, member):
        if not isinstance(member, __npy_Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(member).__name__!r} and 'EnumType'")
        return isinstance(member, cls) and member._name_ in cls._npy_members_

    @classmethod
    def __npy_class_setattr__(cls, name):
        if name in getattr(cls, "_npy_members_", ()):
            raise AttributeError(f"cannot reassign member {name!r}")

    @classmethod
    def __npy_class_repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        # Members of an (int, Enum) or (str, Enum) class hash as their value, as CPython's do through the
        # data type that comes first in their MRO.
        if __npy_enum_member_type(type(self)) is not None:
            return hash(self._value_)
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


__npy_name_class(__npy_Enum, "Enum", "enum")


def __npy_unique(cls):
    aliases = [(name, member._name_) for name, member in cls._npy_members_.items() if name != member._name_]
    if aliases:
        details = ", ".join(f"{alias} -> {name}" for alias, name in aliases)
        raise ValueError(f"duplicate values found in {cls!r}: {details}")
    return cls


def __npy_enum_member_type(cls):
    # The builtin data type an enum's members are instances of (`int` for `class E(int, Enum)`), or None.
    for base in cls.__mro__:
        if base in __npy_ENUM_DATA_TYPES:
            return base
    return None


__npy_ENUM_DATA_TYPES = (int, str, float, bytes, tuple, frozenset)


class __npy_IntEnum(int, __npy_Enum):
    # Members are ints (CPython's ReprEnum): str() and format() show the value, repr() the member.
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(self._value_, spec)


__npy_name_class(__npy_IntEnum, "IntEnum", "enum")


class __npy_StrEnum(str, __npy_Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __init_subclass__(cls, **kwargs):
        for name, value in cls.__dict__.items():
            if not name.startswith("_") and not __npy_enum_is_descriptor(value):
                if not isinstance(value, (str, __npy_auto)):
                    raise TypeError(f"{value!r} is not a string")
        super().__init_subclass__(**kwargs)

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


__npy_name_class(__npy_StrEnum, "StrEnum", "enum")


class __npy_Flag(__npy_Enum):
    # Members whose values are single bits are canonical (iteration, len); any other value made of known bits
    # is a pseudo-member named after its bits ("R|X"), made once and kept, so `is` works as in CPython.
    _npy_keep_unknown_bits_ = False

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 2 ** max(last_values).bit_length()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        mask = 0
        canonical = []
        for name in cls._member_names_:
            value = cls._npy_members_[name]._value_
            mask |= value
            if value > 0 and value & (value - 1) == 0:
                canonical.append(name)
        cls._member_names_ = canonical
        cls._npy_flag_mask_ = mask

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._npy_by_value_[value]
        except (KeyError, TypeError):
            pass
        if not isinstance(value, int):
            missing = cls._missing_(value)
            if isinstance(missing, cls):
                return missing
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._npy_flag_mask_
        # CPython's Flag: a negative value is the complement within the members' bits (P(-1) is all of
        # them); values outside ~all_bits..all_bits or with bits no member has are refused (STRICT).
        all_bits = 2 ** mask.bit_length() - 1
        out_of_range = not ~all_bits <= value <= all_bits or value & (all_bits ^ mask)
        if out_of_range and not cls._npy_keep_unknown_bits_:
            bits = max(value.bit_length(), mask.bit_length())
            raise ValueError(f"<flag {cls.__name__!r}> invalid value {value!r}\n"
                             f"    given {__npy_flag_bin(value, bits)}\n"
                             f"  allowed {__npy_flag_bin(mask, bits)}")
        if value < 0 and out_of_range:
            # IntFlag keeps unknown bits (KEEP): the complement spans the value's own bits too.
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        elif value < 0:
            value = all_bits + 1 + value
            if value in cls._npy_by_value_:
                return cls._npy_by_value_[value]
        names = [n for n in cls._member_names_ if cls._npy_members_[n]._value_ & value]
        unknown = value & ~mask
        if unknown:
            names.append(str(unknown))
        member_type = __npy_enum_member_type(cls)
        member = object.__new__(cls) if member_type is None else member_type.__new__(cls, value)
        member._value_ = value
        member._name_ = "|".join(names) if names and names != [str(unknown)] else None
        cls._npy_by_value_[value] = member
        return member

    def __repr__(self):
        cls = type(self).__name__
        if self._name_ is None:
            return f"<{cls}: {self._value_!r}>"
        return f"<{cls}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self):
        if __npy_enum_member_type(type(self)) is not None:
            return hash(self._value_)
        return hash(self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        members = type(self)._npy_members_
        return iter([members[n] for n in type(self)._member_names_ if members[n]._value_ & self._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and "
                            f"{type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def _npy_other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if __npy_enum_member_type(type(self)) is not None and isinstance(other, int):
            return int(other)
        return None

    def __or__(self, other):
        value = self._npy_other_value(other)
        if value is None:
            return NotImplemented
        return type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._npy_other_value(other)
        if value is None:
            return NotImplemented
        return type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._npy_other_value(other)
        if value is None:
            return NotImplemented
        return type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        return cls(cls._npy_flag_mask_ & ~self._value_)


def __npy_flag_bin(num, max_bits):
    # enum's own bin(): a sign digit, a space, then the bits padded to max_bits.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


__npy_name_class(__npy_Flag, "Flag", "enum")


class __npy_IntFlag(int, __npy_Flag):
    # Members are ints; bits outside the known members are kept (CPython's KEEP boundary).
    _npy_keep_unknown_bits_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(self._value_, spec)


__npy_name_class(__npy_IntFlag, "IntFlag", "enum")


# ---- sys -----------------------------------------------------------------------------------------------------


class __npy_SysStream:
    # `sys.stdout` / `sys.stderr`: the job's two output streams.
    def __init__(self, name):
        self._name = name

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self._name == "stderr":
            __npy_write_err(text)
        else:
            __npy_write(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def __repr__(self):
        return f"<_io.TextIOWrapper name='<{self._name}>' mode='w' encoding='utf-8'>"


__npy_name_class(__npy_SysStream, "TextIOWrapper", "_io")
__npy_sys_stdout = __npy_SysStream("stdout")
__npy_sys_stderr = __npy_SysStream("stderr")
__npy_sys_version_info = __npy_namedtuple("version_info", ["major", "minor", "micro", "releaselevel", "serial"])(
    3, 11, 0, "final", 0)
__npy_sys_float_info = __npy_namedtuple(
    "float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                   "epsilon", "radix", "rounds"])(
    1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
    2.220446049250313e-16, 2, 1)


# ---- datetime ------------------------------------------------------------------------------------------------
# date, time, datetime, timedelta and fixed-offset timezones, after CPython's pure-Python datetime. `now()` and
# `today()` read the job's virtual clock (time.time()), never the host's; there is no local time zone: naive
# times are UTC, and `astimezone()` without an argument means UTC.

__npy_dt_MAXYEAR = 9999
__npy_dt_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
__npy_dt_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
__npy_dt_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]
__npy_dt_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def __npy_dt_is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def __npy_dt_days_in_month(year, month):
    if month == 2 and __npy_dt_is_leap(year):
        return 29
    return __npy_dt_DAYS_IN_MONTH[month]


def __npy_dt_days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def __npy_dt_ymd2ord(year, month, day):
    return (__npy_dt_days_before_year(year) + __npy_dt_DAYS_BEFORE_MONTH[month] + (month > 2 and __npy_dt_is_leap(year)) + day)


def __npy_dt_ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = __npy_dt_DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= __npy_dt_DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def __npy_dt_check_int(name, value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def __npy_dt_check_date_fields(year, month, day):
    __npy_dt_check_int("year", year)
    __npy_dt_check_int("month", month)
    __npy_dt_check_int("day", day)
    if not 1 <= year <= __npy_dt_MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= __npy_dt_days_in_month(year, month):
        raise ValueError("day is out of range for month")


def __npy_dt_check_time_fields(hour, minute, second, microsecond):
    for name, value in (("hour", hour), ("minute", minute), ("second", second), ("microsecond", microsecond)):
        __npy_dt_check_int(name, value)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def __npy_dt_check_tzinfo(tz):
    if tz is not None and not isinstance(tz, __npy_dt_tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '"
                        + type(tz).__name__ + "'")


def __npy_dt_type_name(obj):
    name = type(obj).__name__
    if type(obj) in (__npy_dt_date, __npy_dt_datetime, __npy_dt_time, __npy_dt_timedelta, __npy_dt_timezone):
        return f"'datetime.{name}'"
    return f"'{name}'"


def __npy_dt_cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class __npy_dt_timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError(f"unsupported type for timedelta component: {type(v).__name__}")
        # Everything in microseconds, as an exact int where the inputs are ints.
        total = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                 + milliseconds * 1000 + microseconds)
        if isinstance(total, float):
            total = round(total)
        d, rem = divmod(total, 86400000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self._days = d
        self._seconds = s
        self._microseconds = us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append("0")
        return f"datetime.timedelta({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s = s + f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return __npy_dt_timedelta(microseconds=self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return __npy_dt_timedelta(microseconds=self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return __npy_dt_timedelta(microseconds=-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return __npy_dt_timedelta(microseconds=self._to_us() * other)
        if isinstance(other, float):
            return __npy_dt_timedelta(microseconds=round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return __npy_dt_timedelta(microseconds=round(self._to_us() / other))
        if isinstance(other, float):
            return __npy_dt_timedelta(microseconds=round(self._to_us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return __npy_dt_timedelta(microseconds=self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return __npy_dt_timedelta(microseconds=self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, __npy_dt_timedelta(microseconds=r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


__npy_dt_timedelta.min = __npy_dt_timedelta(-999999999)
__npy_dt_timedelta.max = __npy_dt_timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
__npy_dt_timedelta.resolution = __npy_dt_timedelta(microseconds=1)


class __npy_dt_tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        return None

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")


class __npy_dt_timezone(__npy_dt_tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, __npy_dt_timedelta):
            raise TypeError("offset must be a timedelta")
        if not -__npy_dt_timedelta(hours=24) < offset < __npy_dt_timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + __npy_dt_format_offset(self._offset, ":")

    def __eq__(self, other):
        if isinstance(other, __npy_dt_timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if not self._offset and self._name is None:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)


__npy_dt_timezone.utc = __npy_dt_timezone(__npy_dt_timedelta(0))
__npy_dt_UTC = __npy_dt_timezone.utc


def __npy_dt_format_offset(off, sep):
    if off is None:
        return ""
    sign = "+"
    if off._days < 0:
        sign = "-"
        off = -off
    hh, rem = divmod(off._days * 86400 + off._seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off._microseconds:
        s += f"{sep}{ss:02d}"
        if off._microseconds:
            s += f".{off._microseconds:06d}"
    return s


def __npy_dt_format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def __npy_dt_strftime(fmt, year, month, day, hour, minute, second, us, weekday, yday, tzinfo, dt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year) if year >= 1000 else f"{year:04d}")
        elif d == "m":
            out.append(f"{month:02d}")
        elif d == "d":
            out.append(f"{day:02d}")
        elif d == "H":
            out.append(f"{hour:02d}")
        elif d == "M":
            out.append(f"{minute:02d}")
        elif d == "S":
            out.append(f"{second:02d}")
        elif d == "f":
            out.append(f"{us:06d}")
        elif d == "y":
            out.append(f"{year % 100:02d}")
        elif d == "b" or d == "h":
            out.append(__npy_dt_MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(__npy_dt_MONTH_NAMES[month - 1])
        elif d == "a":
            out.append(__npy_dt_DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(__npy_dt_DAY_NAMES[weekday])
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "j":
            out.append(f"{yday:03d}")
        elif d == "I":
            out.append(f"{(hour % 12) or 12:02d}")
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "e":
            out.append(f"{day:2d}")
        elif d == "G" or d == "V":
            iso_year, iso_week, _ = __npy_dt_date(year, month, day).isocalendar()
            out.append(f"{iso_year:04d}" if d == "G" else f"{iso_week:02d}")
        elif d == "D":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == "F":
            out.append(f"{year:04d}-{month:02d}-{day:02d}")
        elif d == "T":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == "R":
            out.append(f"{hour:02d}:{minute:02d}")
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "z":
            off = tzinfo.utcoffset(dt) if tzinfo is not None else None
            out.append(__npy_dt_format_offset(off, ""))
        elif d == "Z":
            out.append(tzinfo.tzname(dt) if tzinfo is not None else "")
        elif d == "U":
            out.append(f"{(yday + 6 - (weekday + 1) % 7) // 7:02d}")
        elif d == "W":
            out.append(f"{(yday + 6 - weekday) // 7:02d}")
        elif d == "c":
            out.append(f"{__npy_dt_DAY_NAMES[weekday][:3]} {__npy_dt_MONTH_NAMES[month - 1][:3]} {day:2d} "
                       f"{hour:02d}:{minute:02d}:{second:02d} {year:04d}")
        elif d == "x":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == "X":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == "F":
            out.append(f"{year:04d}-{month:02d}-{day:02d}")
        elif d == "T":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


__npy_dt_IsoCalendarDate = __npy_namedtuple("IsoCalendarDate", ["year", "week", "weekday"])


def __npy_dt_isocal_repr(self):
    return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


__npy_dt_IsoCalendarDate.__repr__ = __npy_dt_isocal_repr


# ----- time: struct_time and the calendar functions, on the job's virtual clock in UTC -----

__npy_time_struct_time_base = __npy_namedtuple(
    "struct_time", ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                    "tm_isdst"])


class __npy_time_struct_time(__npy_time_struct_time_base):
    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError("time.struct_time() takes a 9-sequence (" + str(len(seq)) + "-sequence given)")
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            f + "=" + repr(v) for f, v in zip(type(self)._fields, tuple(self))) + ")"

    @property
    def tm_zone(self):
        return "UTC"

    @property
    def tm_gmtoff(self):
        return 0


__npy_name_class(__npy_time_struct_time, "struct_time", "time")


def __npy_time_gmtime(secs=None):
    if secs is None:
        secs = __npy_dt_clock()
    return __npy_dt_datetime.utcfromtimestamp(int(secs // 1)).timetuple()


def __npy_time_mktime(t):
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("mktime(): illegal time tuple argument")
    d = __npy_dt_datetime(t[0], t[1], t[2], t[3], t[4], t[5], tzinfo=__npy_dt_UTC)
    return float(d.timestamp())


def __npy_time_strftime(fmt, t=None):
    if t is None:
        t = __npy_time_gmtime()
    t = tuple(t)
    return __npy_dt_datetime(t[0], t[1], t[2], t[3], t[4], t[5]).strftime(fmt)


def __npy_time_asctime_format(t=None):
    if t is None:
        t = __npy_time_gmtime()
    t = tuple(t)
    d = __npy_dt_datetime(t[0], t[1], t[2], t[3], t[4], t[5])
    return d.strftime("%a %b ") + ("%2d" % t[2]) + d.strftime(" %H:%M:%S %Y")


def __npy_time_ctime(secs=None):
    return __npy_time_asctime_format(__npy_time_gmtime(secs))


def __npy_time_strptime(string, fmt="%a %b %d %H:%M:%S %Y"):
    return __npy_dt_datetime.strptime(string, fmt).timetuple()


class __npy_dt_date:
    def __init__(self, year, month, day):
        __npy_dt_check_date_fields(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(__npy_dt_clock())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = __npy_dt_from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = __npy_dt_ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = __npy_dt_parse_isodate(s)
        if parsed is None or len(s) not in (8, 10):
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = __npy_dt_ymd2ord(year, 1, 4)
        week1_monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(week1_monday + (week - 1) * 7 + day - 1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return __npy_dt_ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        jan4 = __npy_dt_ymd2ord(year, 1, 4)
        week1 = jan4 - (jan4 + 6) % 7
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            jan4 = __npy_dt_ymd2ord(year, 1, 4)
            week1 = jan4 - (jan4 + 6) % 7
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            jan4 = __npy_dt_ymd2ord(year + 1, 1, 4)
            if today >= jan4 - (jan4 + 6) % 7:
                year += 1
                week = 0
        return __npy_dt_IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return __npy_time_struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def _yday(self):
        return __npy_dt_DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and __npy_dt_is_leap(self._year)) + self._day

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return f"datetime.date({self._year}, {self._month}, {self._day})"

    def ctime(self):
        return self.strftime("%a %b %e 00:00:00 %Y")

    def strftime(self, fmt):
        return __npy_dt_strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday(),
                          None, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not " + type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, __npy_dt_datetime) or isinstance(self, __npy_dt_datetime):
            return NotImplemented
        if isinstance(other, __npy_dt_date):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _compare(self, other, op):
        if isinstance(other, __npy_dt_date) and not isinstance(other, __npy_dt_datetime):
            return __npy_dt_cmp(self._key(), other._key())
        if isinstance(other, __npy_dt_datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        raise TypeError(f"'{op}' not supported between instances of {__npy_dt_type_name(self)} and {__npy_dt_type_name(other)}")

    def __lt__(self, other):
        return self._compare(other, "<") < 0

    def __le__(self, other):
        return self._compare(other, "<=") <= 0

    def __gt__(self, other):
        return self._compare(other, ">") > 0

    def __ge__(self, other):
        return self._compare(other, ">=") >= 0

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self + __npy_dt_timedelta(-other.days)
        if isinstance(other, __npy_dt_date) and not isinstance(other, __npy_dt_datetime):
            return __npy_dt_timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


__npy_dt_date.min = __npy_dt_date(1, 1, 1)
__npy_dt_date.max = __npy_dt_date(9999, 12, 31)
__npy_dt_date.resolution = __npy_dt_timedelta(days=1)


class __npy_dt_time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        __npy_dt_check_time_fields(hour, minute, second, microsecond)
        __npy_dt_check_tzinfo(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    @classmethod
    def fromisoformat(cls, s):
        parsed = __npy_dt_parse_isotime(s)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*parsed)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def isoformat(self, timespec="auto"):
        s = __npy_dt_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + __npy_dt_format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        args = [str(self._hour), str(self._minute)]
        if self._second or self._microsecond:
            args.append(str(self._second))
        if self._microsecond:
            args.append(str(self._microsecond))
        s = f"datetime.time({', '.join(args)}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        return s + ")"

    def strftime(self, fmt):
        return __npy_dt_strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                          self._tzinfo, None)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, __npy_dt_time):
            return self._key() == other._key() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


__npy_dt_time.min = __npy_dt_time(0, 0, 0)
__npy_dt_time.max = __npy_dt_time(23, 59, 59, 999999)


def __npy_dt_clock():
    import time
    return time.time()


def __npy_dt_from_timestamp(t):
    if not isinstance(t, (int, float)):
        raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
    us = round(t * 1000000) if isinstance(t, float) else t * 1000000
    days, rem = divmod(us, 86400000000)
    y, m, d = __npy_dt_ord2ymd(days + 719163)
    ss, us = divmod(rem, 1000000)
    hh, ss = divmod(ss, 3600)
    mm, ss = divmod(ss, 60)
    return y, m, d, hh, mm, ss, us


class __npy_dt_datetime(__npy_dt_date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        __npy_dt_check_date_fields(year, month, day)
        __npy_dt_check_time_fields(hour, minute, second, microsecond)
        __npy_dt_check_tzinfo(tzinfo)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: 0)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(__npy_dt_clock(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(__npy_dt_clock())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(__npy_dt_clock())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        __npy_dt_check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = __npy_dt_from_timestamp(t)
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = (result + tz.utcoffset(result)).replace(tzinfo=tz)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*__npy_dt_from_timestamp(t))

    @classmethod
    def fromordinal(cls, n):
        y, m, d = __npy_dt_ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        date_part = __npy_dt_parse_isodate(s[:10] if len(s) >= 10 and s[4:5] == "-" else s[:8])
        if date_part is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        rest = s[10:] if s[4:5] == "-" else s[8:]
        if not rest:
            return cls(*date_part)
        if len(rest) < 2:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        time_part = __npy_dt_parse_isotime(rest[1:])
        if time_part is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*date_part, *time_part)

    @classmethod
    def strptime(cls, text, fmt):
        return __npy_dt_strptime(cls, text, fmt)

    def date(self):
        return __npy_dt_date(self._year, self._month, self._day)

    def time(self):
        return __npy_dt_time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return __npy_dt_time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        off = self.utcoffset()
        days = self.toordinal() - 719163
        seconds = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        if off is not None:
            seconds -= off.days * 86400 + off.seconds
        return seconds + self._microsecond / 1000000

    def timetuple(self):
        return __npy_time_struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                       self.weekday(), self._yday(), -1))

    def utctimetuple(self):
        return self.astimezone(__npy_dt_UTC).replace(tzinfo=None).timetuple() if self._tzinfo else self.timetuple()

    def astimezone(self, tz=None):
        if tz is None:
            tz = __npy_dt_UTC
        __npy_dt_check_tzinfo(tz)
        off = self.utcoffset()
        utc = self.replace(tzinfo=None) - (off if off is not None else __npy_dt_timedelta(0))
        return (utc + tz.utcoffset(utc)).replace(tzinfo=tz)

    def isoformat(self, sep="T", timespec="auto"):
        s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
             + __npy_dt_format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + __npy_dt_format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        s = f"datetime.datetime({', '.join(str(a) for a in args)}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        return s + ")"

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return __npy_dt_strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                          self._microsecond, self.weekday(), self._yday(), self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=0):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def _us_since_epoch(self):
        # Microseconds of this wall-clock time, shifted to UTC when aware.
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond)
        off = self.utcoffset()
        if off is not None:
            us -= off._to_us()
        return us

    def _check_comparable(self, other, op):
        if not isinstance(other, __npy_dt_datetime):
            if op is None:
                return False
            if isinstance(other, __npy_dt_date):
                raise TypeError("can't compare datetime.datetime to datetime.date")
            raise TypeError(f"'{op}' not supported between instances of {__npy_dt_type_name(self)} and "
                            f"{__npy_dt_type_name(other)}")
        if (self._tzinfo is None) != (other._tzinfo is None):
            if op is None:
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return True

    def __eq__(self, other):
        if not isinstance(other, __npy_dt_datetime):
            return NotImplemented if not isinstance(other, __npy_dt_date) else False
        if not self._check_comparable(other, None):
            return False
        return self._us_since_epoch() == other._us_since_epoch()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        self._check_comparable(other, "<")
        return self._us_since_epoch() < other._us_since_epoch()

    def __le__(self, other):
        self._check_comparable(other, "<=")
        return self._us_since_epoch() <= other._us_since_epoch()

    def __gt__(self, other):
        self._check_comparable(other, ">")
        return self._us_since_epoch() > other._us_since_epoch()

    def __ge__(self, other):
        self._check_comparable(other, ">=")
        return self._us_since_epoch() >= other._us_since_epoch()

    def __hash__(self):
        return hash(self._us_since_epoch())

    def __add__(self, other):
        if not isinstance(other, __npy_dt_timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond + other._to_us())
        days, rem = divmod(us, 86400000000)
        if not 0 < days <= 3652059:
            raise OverflowError("date value out of range")
        y, m, d = __npy_dt_ord2ymd(days)
        ss, us = divmod(rem, 1000000)
        hh, ss = divmod(ss, 3600)
        mm, ss = divmod(ss, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, __npy_dt_timedelta):
            return self + -other
        if isinstance(other, __npy_dt_datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return __npy_dt_timedelta(microseconds=self._us_since_epoch() - other._us_since_epoch())
        return NotImplemented


__npy_dt_datetime.min = __npy_dt_datetime(1, 1, 1)
__npy_dt_datetime.max = __npy_dt_datetime(9999, 12, 31, 23, 59, 59, 999999)
__npy_dt_datetime.resolution = __npy_dt_timedelta(microseconds=1)


def __npy_dt_parse_isodate(s):
    # YYYY-MM-DD or YYYYMMDD.
    try:
        if len(s) == 10 and s[4] == "-" and s[7] == "-":
            parts = (s[0:4], s[5:7], s[8:10])
        elif len(s) == 8:
            parts = (s[0:4], s[4:6], s[6:8])
        else:
            return None
        if not all(p.isdigit() and p.isascii() for p in parts):
            return None
        return tuple(int(p) for p in parts)
    except (ValueError, IndexError):
        return None


def __npy_dt_parse_isotime(s):
    # HH[:MM[:SS[.ffffff]]] followed by an optional Z or +HH:MM[:SS[.ffffff]] offset.
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tzpart = s[i:]
            s = s[:i]
            if tzpart == "Z":
                tz = __npy_dt_UTC
            else:
                sign = -1 if tzpart[0] == "-" else 1
                fields = __npy_dt_parse_clock(tzpart[1:])
                if fields is None:
                    return None
                hh, mm, ss, us = fields
                off = __npy_dt_timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = __npy_dt_UTC if not off else __npy_dt_timezone(sign * off)
            break
    fields = __npy_dt_parse_clock(s)
    if fields is None:
        return None
    return fields + (tz,)


def __npy_dt_parse_clock(s):
    if ":" in s:
        pieces = s.split(":")
    else:
        pieces = [s[i:i + 2] for i in range(0, min(len(s), 6), 2)]
        if len(s) > 6:
            pieces[-1] += s[6:]
    if not 1 <= len(pieces) <= 3:
        return None
    us = 0
    last = pieces[-1]
    if len(pieces) == 3 and ("." in last or "," in last):
        sec, frac = last.replace(",", ".").split(".", 1)
        if not frac.isdigit() or not 1 <= len(frac) <= 6 and len(frac) != 9:
            return None
        us = int(frac[:6].ljust(6, "0"))
        pieces[-1] = sec
    nums = []
    for p in pieces:
        if len(p) != 2 or not p.isdigit():
            return None
        nums.append(int(p))
    while len(nums) < 3:
        nums.append(0)
    return nums[0], nums[1], nums[2], us


__npy_dt_STRPTIME_RANGES = {"m": (1, 12), "d": (1, 31), "H": (0, 23), "M": (0, 59), "S": (0, 61), "I": (1, 12)}


def __npy_dt_strptime(cls, text, fmt):
    if not isinstance(text, str) or not isinstance(fmt, str):
        raise TypeError("strptime() argument 1 must be str, not " + type(text).__name__)
    fields = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    tz = None
    pos = 0
    i = 0
    n = len(fmt)

    def fail():
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")

    def digits(lo, hi):
        nonlocal pos
        end = pos
        while end < len(text) and end - pos < hi and text[end].isdigit():
            end += 1
        if end - pos < lo:
            fail()
        value = int(text[pos:end])
        pos = end
        return value

    def name(choices):
        nonlocal pos
        for idx, full in enumerate(choices):
            for cand in (full, full[:3]):
                if text[pos:pos + len(cand)].lower() == cand.lower():
                    pos += len(cand)
                    return idx
        fail()

    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == "Y":
                fields["Y"] = digits(4, 4)
            elif d in __npy_dt_STRPTIME_RANGES:
                lo, hi = __npy_dt_STRPTIME_RANGES[d]
                value = digits(1, 2)
                if not lo <= value <= hi:
                    fail()
                if d == "I":
                    fields["H"] = value
                    if pm is None:
                        pm = False
                else:
                    fields[d] = value
            elif d == "y":
                y = digits(2, 2)
                fields["Y"] = 2000 + y if y < 69 else 1900 + y
            elif d == "f":
                start = pos
                digits(1, 6)
                fields["f"] = int(text[start:pos].ljust(6, "0"))
            elif d == "j":
                fields["j"] = digits(1, 3)
            elif d in "bBh":
                fields["m"] = name(__npy_dt_MONTH_NAMES) + 1
            elif d in "aA":
                name(__npy_dt_DAY_NAMES)
            elif d == "p":
                upper = text[pos:pos + 2].upper()
                if upper not in ("AM", "PM"):
                    fail()
                pm = upper == "PM"
                pos += 2
            elif d == "z":
                if text[pos:pos + 1] == "Z":
                    pos += 1
                    tz = __npy_dt_UTC
                else:
                    if text[pos:pos + 1] not in ("+", "-"):
                        fail()
                    sign = -1 if text[pos] == "-" else 1
                    pos += 1
                    hh = digits(2, 2)
                    if text[pos:pos + 1] == ":":
                        pos += 1
                    mm = digits(2, 2)
                    off = __npy_dt_timedelta(hours=hh, minutes=mm)
                    tz = __npy_dt_UTC if not off else __npy_dt_timezone(sign * off)
            elif d == "Z":
                for zone in ("UTC", "GMT"):
                    if text[pos:pos + 3].upper() == zone:
                        pos += 3
                        break
                else:
                    fail()
            elif d == "%":
                if text[pos:pos + 1] != "%":
                    fail()
                pos += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '%{d}'")
        elif c.isspace():
            i += 1
            while pos < len(text) and text[pos].isspace():
                pos += 1
        else:
            if text[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos != len(text):
        raise ValueError(f"unconverted data remains: {text[pos:]}")
    hour = fields["H"]
    if pm is not None:
        if not 1 <= hour <= 12:
            fail()
        hour = hour % 12 + (12 if pm else 0)
    if "j" in fields:
        d = __npy_dt_date.fromordinal(__npy_dt_ymd2ord(fields["Y"], 1, 1) + fields["j"] - 1)
        fields["m"], fields["d"] = d.month, d.day
    return cls(fields["Y"], fields["m"], fields["d"], hour, fields["M"], fields["S"], fields["f"], tz)


for __npy_dt_cls, __npy_dt_name in ((__npy_dt_date, "date"), (__npy_dt_datetime, "datetime"), (__npy_dt_time, "time"),
                                     (__npy_dt_timedelta, "timedelta"), (__npy_dt_timezone, "timezone"),
                                     (__npy_dt_tzinfo, "tzinfo")):
    __npy_name_class(__npy_dt_cls, __npy_dt_name, "datetime")


# ----- random: Random instances and the distributions written over random() -----
# A Random instance owns a generator slot in the VM; its methods swap that generator in, call the module's
# function (CPython's algorithms, bit for bit) and swap it back.

class __npy_random_Random:
    def __init__(self, x=None):
        self._npy_slot = __npy_rng_new()
        self.seed(x)

    def _npy_call(self, name, *args, **kwargs):
        import random
        __npy_rng_swap(self._npy_slot)
        try:
            return getattr(random, name)(*args, **kwargs)
        finally:
            __npy_rng_swap(self._npy_slot)

    def seed(self, a=None, version=2):
        if a is None:
            a = __npy_rng_default_seed(self._npy_slot)
        return self._npy_call("seed", a)

    def random(self):
        return self._npy_call("random")

    def uniform(self, a, b):
        return self._npy_call("uniform", a, b)

    def randint(self, a, b):
        return self._npy_call("randint", a, b)

    def randrange(self, *args):
        return self._npy_call("randrange", *args)

    def getrandbits(self, k):
        return self._npy_call("getrandbits", k)

    def choice(self, seq):
        return self._npy_call("choice", seq)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return self._npy_call("choices", population, weights, cum_weights=cum_weights, k=k)

    def shuffle(self, x):
        return self._npy_call("shuffle", x)

    def sample(self, population, k, *, counts=None):
        if counts is None:
            return self._npy_call("sample", population, k)
        return self._npy_call("sample", population, k, counts=counts)

    def gauss(self, mu=0.0, sigma=1.0):
        return self._npy_call("gauss", mu, sigma)

    def normalvariate(self, mu=0.0, sigma=1.0):
        return self._npy_call("normalvariate", mu, sigma)

    def expovariate(self, lambd):
        return __npy_random_expovariate(lambd, self.random)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return __npy_random_triangular(low, high, mode, self.random)

    def lognormvariate(self, mu, sigma):
        return __npy_random_lognormvariate(mu, sigma, self.normalvariate)

    def paretovariate(self, alpha):
        return __npy_random_paretovariate(alpha, self.random)

    def weibullvariate(self, alpha, beta):
        return __npy_random_weibullvariate(alpha, beta, self.random)

    def vonmisesvariate(self, mu, kappa):
        return __npy_random_vonmisesvariate(mu, kappa, self.random)

    def gammavariate(self, alpha, beta):
        return __npy_random_gammavariate(alpha, beta, self.random)

    def betavariate(self, alpha, beta):
        return __npy_random_betavariate(alpha, beta, self.gammavariate)


__npy_name_class(__npy_random_Random, "Random", "random")


def __npy_random_module_random():
    import random
    return random.random()


def __npy_random_module_normal(mu, sigma):
    import random
    return random.normalvariate(mu, sigma)


def __npy_random_expovariate(lambd=1.0, random=__npy_random_module_random):
    import math
    return -math.log(1.0 - random()) / lambd


def __npy_random_triangular(low=0.0, high=1.0, mode=None, random=__npy_random_module_random):
    u = random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * (u * c) ** 0.5


def __npy_random_lognormvariate(mu, sigma, normalvariate=__npy_random_module_normal):
    import math
    return math.exp(normalvariate(mu, sigma))


def __npy_random_paretovariate(alpha, random=__npy_random_module_random):
    u = 1.0 - random()
    return u ** (-1.0 / alpha)


def __npy_random_weibullvariate(alpha, beta, random=__npy_random_module_random):
    import math
    u = 1.0 - random()
    return alpha * (-math.log(u)) ** (1.0 / beta)


def __npy_random_vonmisesvariate(mu, kappa, random=__npy_random_module_random):
    import math
    if kappa <= 1e-6:
        return 2.0 * math.pi * random()
    s = 0.5 / kappa
    r = s + math.sqrt(1.0 + s * s)
    while True:
        u1 = random()
        z = math.cos(math.pi * u1)
        d = z / (r + z)
        u2 = random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * math.exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    u3 = random()
    if u3 > 0.5:
        theta = (mu + math.acos(f)) % (2.0 * math.pi)
    else:
        theta = (mu - math.acos(f)) % (2.0 * math.pi)
    return theta


def __npy_random_gammavariate(alpha, beta, random=__npy_random_module_random):
    import math
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    if alpha > 1.0:
        ainv = math.sqrt(2.0 * alpha - 1.0)
        bbb = alpha - 1.3862943611198906
        ccc = alpha + ainv
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = math.log(u1 / (1.0 - u1)) / ainv
            x = alpha * math.exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + 2.504077396776274 - 4.5 * z >= 0.0 or r >= math.log(z):
                return x * beta
    elif alpha == 1.0:
        return -math.log(1.0 - random()) * beta
    else:
        while True:
            u = random()
            b = (math.e + alpha) / math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -math.log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= math.exp(-x):
                break
        return x * beta


def __npy_random_module_gamma(alpha, beta):
    return __npy_random_gammavariate(alpha, beta)


def __npy_random_betavariate(alpha, beta, gammavariate=__npy_random_module_gamma):
    y = gammavariate(alpha, 1.0)
    if y:
        return y / (y + gammavariate(beta, 1.0))
    return 0.0


# ----- operator: the rest of CPython's functions -----

def __npy_op_pow(a, b):
    return a ** b


def __npy_op_lshift(a, b):
    return a << b


def __npy_op_rshift(a, b):
    return a >> b


def __npy_op_and(a, b):
    return a & b


def __npy_op_or(a, b):
    return a | b


def __npy_op_xor(a, b):
    return a ^ b


def __npy_op_matmul(a, b):
    return a @ b


def __npy_op_is(a, b):
    return a is b


def __npy_op_is_not(a, b):
    return a is not b


def __npy_op_abs(a):
    return abs(a)


def __npy_op_pos(a):
    return +a


def __npy_op_invert(a):
    return ~a


def __npy_op_truth(a):
    return True if a else False


def __npy_op_index(a):
    if isinstance(a, int):
        return int(a)
    if hasattr(a, "__index__"):
        return a.__index__()
    raise TypeError("'" + type(a).__name__ + "' object cannot be interpreted as an integer")


def __npy_op_concat(a, b):
    if not isinstance(a, (list, tuple, str, bytes)) and not hasattr(a, "__getitem__"):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    return a + b


def __npy_op_countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def __npy_op_indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def __npy_op_setitem(a, b, c):
    a[b] = c


def __npy_op_delitem(a, b):
    del a[b]


def __npy_op_length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        return default


def __npy_op_iadd(a, b):
    a += b
    return a


def __npy_op_isub(a, b):
    a -= b
    return a


def __npy_op_imul(a, b):
    a *= b
    return a


def __npy_op_itruediv(a, b):
    a /= b
    return a


def __npy_op_ifloordiv(a, b):
    a //= b
    return a


def __npy_op_imod(a, b):
    a %= b
    return a


def __npy_op_ipow(a, b):
    a **= b
    return a


def __npy_op_iand(a, b):
    a &= b
    return a


def __npy_op_ior(a, b):
    a |= b
    return a


def __npy_op_ixor(a, b):
    a ^= b
    return a


def __npy_op_ilshift(a, b):
    a <<= b
    return a


def __npy_op_irshift(a, b):
    a >>= b
    return a


def __npy_op_iconcat(a, b):
    if not isinstance(a, (list, tuple, str, bytes)) and not hasattr(a, "__getitem__"):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    a += b
    return a


class __npy_methodcaller:
    def __init__(self, name, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(k + "=" + repr(v) for k, v in self._kwargs.items())
        return "operator.methodcaller(" + ", ".join(args) + ")"


__npy_name_class(__npy_methodcaller, "methodcaller", "operator")


# ----- collections.ChainMap: several mappings searched as one (CPython's algorithm) -----

class __npy_ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(map(repr, self.maps)) + ")"

    def __eq__(self, other):
        if isinstance(other, __npy_ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: " + repr(key))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: " + repr(key))

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwargs):
        self.maps[0].update(other, **kwargs)

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


__npy_name_class(__npy_ChainMap, "ChainMap", "collections")


# ----- statistics: two-variable functions and the other means (CPython 3.11's algorithms) -----

__npy_st_LinearRegression = __npy_namedtuple("LinearRegression", ["slope", "intercept"])


def __npy_st_pair_check(x, y, what):
    n = len(x)
    if len(y) != n:
        raise __npy_StatisticsError(what + " requires that both inputs have same number of data points")
    if n < 2:
        raise __npy_StatisticsError(what + " requires at least two data points")
    return n


def __npy_covariance(x, y, /):
    import math
    n = __npy_st_pair_check(x, y, "covariance")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def __npy_correlation(x, y, /):
    import math
    n = __npy_st_pair_check(x, y, "correlation")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise __npy_StatisticsError("at least one of the inputs is constant")


def __npy_linear_regression(x, y, /, *, proportional=False):
    import math
    n = __npy_st_pair_check(x, y, "linear regression")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise __npy_StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return __npy_st_LinearRegression(slope=slope, intercept=intercept)


def __npy_geometric_mean(data):
    import math
    try:
        return math.exp(__npy_fmean([math.log(x) for x in data]))
    except ValueError:
        raise __npy_StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") \
            from None


def __npy_st_fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise __npy_StatisticsError(errmsg)
        yield x


def __npy_harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise __npy_StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise __npy_StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise __npy_StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = __npy_st_sum(w for w in __npy_st_fail_neg(weights, errmsg))
    try:
        data = __npy_st_fail_neg(data, errmsg)
        T, total, count = __npy_st_sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if isinstance(total, float) or isinstance(sum_weights, float):
        sw = sum_weights if isinstance(sum_weights, float) else sum_weights[0] / sum_weights[1]
        tot = total if isinstance(total, float) else total[0] / total[1]
        if tot <= 0:
            raise __npy_StatisticsError("Weighted sum must be positive")
        return sw / tot
    if total[0] <= 0:
        raise __npy_StatisticsError("Weighted sum must be positive")
    ratio = __npy_st_norm(sum_weights[0] * total[1], sum_weights[1] * total[0])
    return __npy_st_convert(ratio, T)
