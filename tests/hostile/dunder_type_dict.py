# expect: error AttributeError
# attacks: type's __dict__ (mappingproxy of slot wrappers)
print('ESCAPED', ().__class__.__dict__)
