class V:
    pass
v = V()
try:
    v += 1
except TypeError as e:
    print(e)
