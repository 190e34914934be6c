# expect: error AttributeError
# attacks: generator internals: gi_code
g = (x for x in [1, 2])
print('ESCAPED', g.gi_code)
