# expect: error ModuleNotFoundError
# attacks: import subprocess must not reach the host
import subprocess
print('ESCAPED', subprocess)
