# expect: error ModuleNotFoundError
# attacks: from os import * at module level
from os import *
print("ESCAPED", system)
