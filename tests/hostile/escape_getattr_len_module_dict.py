# expect: error AttributeError
# attacks: walk from a builtin to a module dict
print('ESCAPED', len.__self__.__dict__)
