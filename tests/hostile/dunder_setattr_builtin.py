# expect: error AttributeError
# attacks: adding attributes to a builtin function
setattr(len, 'payload', 1)
print('ESCAPED')
