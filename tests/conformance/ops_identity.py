# ops: identity with is / is not for None, True, False and shared lists
x = None
print(x is None, x is not None)
y = []
print(y is None, y is not None)
z = y
print(z is y, [] is [], z == [])
print(True is True, False is not False)
def f():
    pass
print(f() is None)
val = 0
print(val is not None, bool(val) is False)
