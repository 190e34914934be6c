# expect: error AttributeError
# attacks: getattr chain to __subclasses__ built from strings
x = getattr(1, "__class__")
x = getattr(x, "__mro__")[-1]
print("ESCAPED", getattr(x, "__subclasses__")())
