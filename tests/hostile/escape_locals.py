# expect: error NameError
# attacks: locals() must not exist
x = locals()
print('ESCAPED', x)
