# expect: error AttributeError
# attacks: bound builtin method __self__ / __call__ internals
m = [].append
print("ESCAPED", m.__self__, print.__call__)
