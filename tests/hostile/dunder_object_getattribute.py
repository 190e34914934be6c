# expect: error AttributeError
# attacks: object.__getattribute__ reached via __bases__
obj = ().__class__.__bases__[0]
print('ESCAPED', obj.__getattribute__)
