# builtin: int() and float() conversions and their errors
print(int(), float(), int(-7.99), int(7.99))
print(int("0b101", 0), int("0x1F", 16), int("-0o17", 8))
print(int(" 12 "), int("12", 3), int("Zz", 36))
print(float(" 1.25 "), float("-0"), float("1e-2"))
print(float("inf") > 0, float("-inf") < 0, float("nan") != float("nan"))
for bad in ["1.5", "abc", "", "1e5", " 3 4"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
for bad in ["x", "1.2.3", ""]:
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
try:
    int(None)
except TypeError as e:
    print(e)
