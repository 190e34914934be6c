# expect: error NameError
# attacks: __import__('os') must not exist
x = __import__('os')
print('ESCAPED', x)
