# expect: error AttributeError
# attacks: generator internals: gi_frame of a generator expression
g = (x for x in [1, 2])
print('ESCAPED', g.gi_frame)
