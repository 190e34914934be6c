# expect: error AttributeError
# attacks: classic ().__class__.__bases__[0].__subclasses__() walk
print('ESCAPED', ().__class__.__bases__[0].__subclasses__())
