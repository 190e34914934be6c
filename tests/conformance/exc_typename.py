# exc: type(e).__name__ for caught exceptions and explicit raises
errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), NameError("n"), AssertionError("a"), RuntimeError("r"), Exception("e"), ArithmeticError("ar"), LookupError("l")]
for err in errors:
    try:
        raise err
    except Exception as e:
        print(type(e).__name__, e)
print(type(ValueError()).__name__)
