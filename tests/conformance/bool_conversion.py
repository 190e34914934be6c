# bool: bool() of many values and comparisons producing bools
print(bool(0), bool(1), bool(-5), bool(0.0), bool(1e-300))
print(bool(""), bool("False"), bool([]), bool([[]]))
print(bool(None), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(), bool(2**100), bool(-0.0), bool(float("nan")))
print(bool(1 < 2), bool(1 > 2))
results = [bool(x) for x in [0, 1, "", "a", None]]
print(results)
print(str(True) + "!", repr(False))
