# expect: error NameError
# attacks: globals() must not exist
x = globals()
print('ESCAPED', x)
