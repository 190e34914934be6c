# expect: error TypeError
# attacks: type(name, bases, dict) to build a class at run time
C = type('C', (), {})
print('ESCAPED', C)
