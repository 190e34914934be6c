# expect: error ModuleNotFoundError
# attacks: import importlib must not reach the host
import importlib
print('ESCAPED', importlib)
