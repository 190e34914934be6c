# bool: not always returns a bool
print(not True, not False)
print(not 0, not 1, not -1)
print(not "", not "a", not [], not [0])
print(not None, not {}, not {"k": 0}, not set(), not 0.0)
print(not not "x", not not 0)
print(type(not 1).__name__)
x = 5
if not x > 10:
    print("not greater")
