# expect: error AttributeError
# attacks: f.__globals__
def f(): pass
print('ESCAPED', f.__globals__)
