# expect: error NameError
# attacks: vars() must not exist
x = vars()
print('ESCAPED', x)
