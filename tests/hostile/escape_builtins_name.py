# expect: error NameError
# attacks: __builtins__.open must not exist
x = __builtins__.open
print('ESCAPED', x)
