# expect: error ModuleNotFoundError
# attacks: import os must not reach the host
import os
print('ESCAPED', os)
