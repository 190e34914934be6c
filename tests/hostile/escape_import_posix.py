# expect: error ModuleNotFoundError
# attacks: import posix must not reach the host
import posix
print('ESCAPED', posix)
