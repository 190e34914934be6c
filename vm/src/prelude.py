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


def __npy_init(instance, init, *args, **kwargs):
    # Calling a class: the VM made the instance; its __init__ runs here as an ordinary Python call.
    if init(instance, *args, **kwargs) is not None:
        raise TypeError("__init__() should return None")
    return instance


# ----- dataclasses -----

class __npy_MissingType:
    def __repr__(self):
        return "MISSING"


__npy_MISSING = __npy_MissingType()


class __npy_FrozenInstanceError(AttributeError):
    pass


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


def __npy_dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
                    frozen=False, kw_only=False, slots=False):
    def wrap(c):
        return __npy_make_dataclass(c, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def __npy_make_dataclass(cls, init, repr_, eq, order, unsafe_hash, frozen, kw_only):
    fields = []
    for base in reversed(cls.__mro__[1:]):
        for f in __npy_class_dict(base).get("__dataclass_fields__", ()):
            fields = [g for g in fields if g.name != f.name]
            fields.append(f)
    own = cls.__dict__
    for name, ann in own.get("__annotations__", {}).items():
        if ann.startswith("ClassVar") or ann.startswith("typing.ClassVar"):
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
    setattr(cls, "__dataclass_fields__", fields)
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
    return cls.__dataclass_fields__


def __npy_asdict(obj):
    if not __npy_is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return __npy_asdict_value(obj)


def __npy_asdict_value(v):
    if __npy_is_dataclass(v) and not isinstance(v, type):
        return {f.name: __npy_asdict_value(getattr(v, f.name)) for f in type(v).__dataclass_fields__}
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
    return tuple([__npy_asdict_value(getattr(obj, f.name)) for f in type(obj).__dataclass_fields__])


def __npy_replace(obj, **changes):
    if not __npy_is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    kwargs = {}
    for f in type(obj).__dataclass_fields__:
        if f.init:
            kwargs[f.name] = changes.pop(f.name) if f.name in changes else getattr(obj, f.name)
    if changes:
        raise TypeError("replace() got an unexpected keyword argument '" + list(changes)[0] + "'")
    return type(obj)(**kwargs)


# ----- typing: names to import and subscript; annotations are never evaluated or checked -----

class __npy_TypingForm:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        if self._name == "TypeVar" or self._name == "NewType":
            return __npy_TypingForm(args[0] if args else self._name)
        raise TypeError("Cannot instantiate typing." + self._name)

    def __repr__(self):
        return "typing." + self._name


__npy_typing_Any = __npy_TypingForm("Any")
__npy_typing_Optional = __npy_TypingForm("Optional")
__npy_typing_Union = __npy_TypingForm("Union")
__npy_typing_List = __npy_TypingForm("List")
__npy_typing_Dict = __npy_TypingForm("Dict")
__npy_typing_Set = __npy_TypingForm("Set")
__npy_typing_FrozenSet = __npy_TypingForm("FrozenSet")
__npy_typing_Tuple = __npy_TypingForm("Tuple")
__npy_typing_Callable = __npy_TypingForm("Callable")
__npy_typing_Iterable = __npy_TypingForm("Iterable")
__npy_typing_Iterator = __npy_TypingForm("Iterator")
__npy_typing_Sequence = __npy_TypingForm("Sequence")
__npy_typing_Mapping = __npy_TypingForm("Mapping")
__npy_typing_MutableMapping = __npy_TypingForm("MutableMapping")
__npy_typing_Generator = __npy_TypingForm("Generator")
__npy_typing_Type = __npy_TypingForm("Type")
__npy_typing_Literal = __npy_TypingForm("Literal")
__npy_typing_Final = __npy_TypingForm("Final")
__npy_typing_ClassVar = __npy_TypingForm("ClassVar")
__npy_typing_TypeVar = __npy_TypingForm("TypeVar")
__npy_typing_TYPE_CHECKING = False


class __npy_typing_Generic:
    pass


class __npy_typing_Protocol:
    pass


class __npy_typing_TypedDict:
    pass


class __npy_typing_NamedTuple:
    pass


def __npy_typing_cast(typ, value):
    return value
