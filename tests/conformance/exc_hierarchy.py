# exc: base classes catch their subclasses (ArithmeticError, LookupError, Exception)
def run(f):
    try:
        f()
    except ArithmeticError as e:
        return "ArithmeticError caught " + type(e).__name__
    except LookupError as e:
        return "LookupError caught " + type(e).__name__
    except Exception as e:
        return "Exception caught " + type(e).__name__
    return "nothing"
print(run(lambda: 1 / 0))
print(run(lambda: 5 % 0))
print(run(lambda: {}["k"]))
print(run(lambda: [][0]))
print(run(lambda: int("z")))
print(run(lambda: None + 1))
print(run(lambda: nope))
print(run(lambda: 1))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), LookupError))
print(isinstance(IndexError(), Exception), isinstance(ValueError(), LookupError))
try:
    raise IndexError("deep")
except KeyError:
    print("wrong")
except LookupError as e:
    print("right", e)
