def f():
    pass
f.tag = 1
e = Exception('m')
e.code = 2
print(f.__dict__, e.__dict__)
print(vars(f), vars(e))
