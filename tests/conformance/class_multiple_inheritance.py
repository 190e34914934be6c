# area: classes: mixins with cooperative super(), MRO order, method resolution for shared methods, isinstance across mixins
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
    def describe(self):
        return ["Base"]

class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in sorted(self.__dict__.items()) if k != "log"})
    def describe(self):
        return ["Json"] + super().describe()

class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def describe(self):
        return ["Compare"] + super().describe()

class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
    def describe(self):
        return ["Named"] + super().describe()

class Tagged(Base):
    def __init__(self, tags=(), **kw):
        super().__init__(**kw)
        self.tags = list(tags)
        self.log.append("Tagged")
    def describe(self):
        return ["Tagged"] + super().describe()

class Record(JsonMixin, CompareMixin, Named, Tagged):
    def __init__(self, name, tags=(), size=0):
        super().__init__(name=name, tags=tags)
        self.size = size

r = Record("alpha", ["x", "y"], size=3)
print([c.__name__ for c in Record.__mro__])
print(r.describe())
print(r.log)
print(r.to_json())
print(r == Record("alpha", ["x", "y"], 3), r == Record("alpha", [], 3), r != Record("beta"))
print(isinstance(r, JsonMixin), isinstance(r, Tagged), issubclass(Record, (int, CompareMixin)))
print(super(Named, r).describe())
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", " ".join(str(e).split()))
