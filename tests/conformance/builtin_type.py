# builtin: type() of values, compared and printed
print(type(1))
print(type("s"))
print(type(1.0), type(None), type(True))
print(type([]), type(()), type({}), type(set()))
print(type(1) == int, type(True) == int, type(True) == bool)
print(type(2**100) == int, type(1.0) == float, type("a") == str)
for v in [0, 0.0, "", [], (), {}, None, False, range(1)]:
    print(type(v).__name__)
print(type(ValueError("x")).__name__)
