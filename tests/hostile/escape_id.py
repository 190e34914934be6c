# expect: error NameError
# attacks: id(1) must not exist
x = id(1)
print('ESCAPED', x)
