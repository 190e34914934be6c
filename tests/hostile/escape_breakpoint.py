# expect: error NameError
# attacks: breakpoint() must not exist
x = breakpoint()
print('ESCAPED', x)
