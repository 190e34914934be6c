# exc: NameError messages for undefined names
try:
    print(undefined_variable)
except NameError as e:
    print(e)
def f():
    return missing_function(1)
try:
    f()
except NameError as e:
    print(e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
