# expect: error AttributeError
# attacks: getattr(f, '__globals__') with a string
def f(): pass
print('ESCAPED', getattr(f, '__glob' + 'als__'))
