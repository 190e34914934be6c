# expect: error AttributeError
# attacks: setattr(f, '__code__', ...) to swap code objects
def f(): pass
def g(): pass
setattr(f, '__code__', 1)
print('ESCAPED')
