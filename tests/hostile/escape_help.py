# expect: error NameError
# attacks: help(len) must not exist
x = help(len)
print('ESCAPED', x)
