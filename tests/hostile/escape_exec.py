# expect: error NameError
# attacks: exec('x = 1') must not exist
x = exec('x = 1')
print('ESCAPED', x)
