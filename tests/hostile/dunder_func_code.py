# expect: error AttributeError
# attacks: f.__code__
def f(): pass
print('ESCAPED', f.__code__.co_consts)
