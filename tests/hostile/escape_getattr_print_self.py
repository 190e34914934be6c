# expect: error AttributeError
# attacks: builtin function's __self__ (the builtins module in CPython)
m = getattr(print, '__self__')
print('ESCAPED', m)
