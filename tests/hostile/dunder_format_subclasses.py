# expect: error AttributeError
# attacks: str.format attribute walk to __subclasses__
print('ESCAPED', '{0.__class__.__base__.__subclasses__}'.format(1))
