# expect: error ModuleNotFoundError
# attacks: import sys must not reach the host
import sys
print('ESCAPED', sys)
