# expect: error NameError
# attacks: compile('1', 'f', 'eval') must not exist
x = compile('1', 'f', 'eval')
print('ESCAPED', x)
