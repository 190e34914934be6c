# expect: error ModuleNotFoundError
# attacks: pathological regexes: there is no re module yet, so the import itself must be refused
import re
print("ESCAPED", re.match("(a+)+$", "a" * 40 + "b"))
