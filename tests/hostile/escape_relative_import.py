# expect: error ModuleNotFoundError
# attacks: relative import from the script's directory
from . import hostile
print('ESCAPED')
