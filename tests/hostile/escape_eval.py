# expect: error NameError
# attacks: eval('1 + 1') must not exist
x = eval('1 + 1')
print('ESCAPED', x)
