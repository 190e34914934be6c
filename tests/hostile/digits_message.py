# expect: ok
# attacks: digit-limit message matches CPython and hex has no limit
try:
    str(10**5000)
    print("no error")
except ValueError as e:
    assert str(e).startswith("Exceeds the limit (4300 digits) for integer string conversion"), str(e)
assert len(hex(10**50000)) > 40000
assert len(str(10**4299)) == 4300
print("digit limit ok")
