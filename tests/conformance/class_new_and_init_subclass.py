# class_: user __new__ (singletons, caching, validation, returning other objects) and __init_subclass__ registries
class Config:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.loaded = 0
        return cls._instance

    def __init__(self, source):
        self.loaded += 1
        self.source = source


a = Config("env")
b = Config("file")
print(a is b, a.loaded, a.source)


class Interned:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            obj = object.__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]


print(Interned("x") is Interned("x"), Interned("x") is Interned("y"), len(Interned._cache))


class Positive:
    def __new__(cls, n):
        if n <= 0:
            return None
        return super().__new__(cls)

    def __init__(self, n):
        self.n = n


print(Positive(3).n, Positive(-1))


class AppError(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.code = 500
        return self


try:
    raise AppError("down")
except AppError as e:
    print(e, e.code, e.args)


class Handler:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Handler.registry[cls.__name__.lower()] = cls

    def run(self, x):
        raise NotImplementedError


class Upper(Handler):
    def run(self, x):
        return x.upper()


class Reverse(Handler):
    def run(self, x):
        return x[::-1]


class LoudReverse(Reverse):
    def run(self, x):
        return super().run(x) + "!"


print(sorted(Handler.registry))
print([Handler.registry[n]().run("abc") for n in sorted(Handler.registry)])


class Plugin:
    @classmethod
    def __init_subclass__(cls):
        cls.tag = cls.__name__[:3]


class Alpha(Plugin):
    pass


print(Alpha.tag, hasattr(Plugin, "tag"))
