# exc: raising an exception class instantiates it with no arguments
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, repr(str(e)))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print(type(e).__name__, e.args)
try:
    raise IndexError("with message")
except IndexError as e:
    print(e)
