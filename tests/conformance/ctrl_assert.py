# ctrl: passing asserts do nothing; failing asserts raise AssertionError with a message
assert True
assert 1 + 1 == 2, "math works"
print("passed")
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(str(e)), e.args)
x = 5
try:
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print(e)
