# expect: error AttributeError
# attacks: lambda's __globals__['__builtins__']
print('ESCAPED', (lambda: 0).__globals__['__builtins__'])
