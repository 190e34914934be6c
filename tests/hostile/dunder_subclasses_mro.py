# expect: error AttributeError
# attacks: type(x).__mro__[-1].__subclasses__
print('ESCAPED', type(1).__mro__[-1].__subclasses__())
