# expect: error ModuleNotFoundError
# attacks: import builtins must not reach the host
import builtins
print('ESCAPED', builtins)
