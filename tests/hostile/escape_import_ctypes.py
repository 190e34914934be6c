# expect: error ModuleNotFoundError
# attacks: import ctypes must not reach the host
import ctypes
print('ESCAPED', ctypes)
