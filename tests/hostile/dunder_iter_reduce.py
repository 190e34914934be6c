# expect: error AttributeError
# attacks: iterator internals via __reduce__
print('ESCAPED', iter([1]).__reduce__())
