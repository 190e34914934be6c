# expect: error ValueError
# attacks: a cycle in __cause__ must not make traceback printing loop forever
a = ValueError("a")
b = KeyError("b")
a.__cause__ = b
b.__cause__ = a
raise a
