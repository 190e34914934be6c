# expect: error AttributeError
# attacks: str.format with index into __mro__ then __subclasses__
print('ESCAPED', '{0.__class__.__mro__[1].__subclasses__}'.format(1))
