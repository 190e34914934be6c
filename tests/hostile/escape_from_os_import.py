# expect: error ModuleNotFoundError
# attacks: from os import system
from os import system
system('echo ESCAPED')
