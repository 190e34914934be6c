# expect: error AttributeError
# attacks: exception internals: with_traceback / __reduce__
e = ValueError('x')
print('ESCAPED', e.__reduce__())
