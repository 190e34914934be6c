# expect: error KeyError
# attacks: rebinding __builtins__ to a dict gives no access to eval (KeyError from the plain dict)
__builtins__ = {}
print(__builtins__['eval'])
