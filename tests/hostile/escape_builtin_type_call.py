# expect: error TypeError
# attacks: instantiating the builtin-function type to forge a builtin
f = type(len)("system")
print("ESCAPED", f)
