# bool: None is falsy, a singleton, and returned implicitly by functions
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
print(nothing() is None, implicit() == None)
r = print("printing")
print(r)
print(bool(None), None is None, str(None), repr(None))
print([None, None], (None,), {"n": None})
x = None
x = x or 5
print(x)
lst = [3, None, 1]
print([v for v in lst if v is not None])
print(type(None).__name__)
