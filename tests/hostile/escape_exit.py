# expect: error NameError
# attacks: exit(0) must not exist
x = exit(0)
print('ESCAPED', x)
