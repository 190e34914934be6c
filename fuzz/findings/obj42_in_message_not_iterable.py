class V:
    pass
try:
    1 in V()
except TypeError as e:
    print(e)
