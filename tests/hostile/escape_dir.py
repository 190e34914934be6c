# expect: error NameError
# attacks: dir() must not exist
x = dir()
print('ESCAPED', x)
