# expect: error ModuleNotFoundError
# attacks: import hidden inside a nested function call
def f():
    def g():
        import subprocess
        return subprocess
    return g()
print('ESCAPED', f())
