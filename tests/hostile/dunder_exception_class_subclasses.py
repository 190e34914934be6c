# expect: error AttributeError
# attacks: Exception.__subclasses__ to enumerate every class
print('ESCAPED', BaseException.__subclasses__())
