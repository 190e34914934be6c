# expect: error AttributeError
# attacks: str.format attribute walk to __globals__
def f(): pass
print('ESCAPED', '{0.__globals__}'.format(f))
