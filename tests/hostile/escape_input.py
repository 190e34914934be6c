# expect: error NameError
# attacks: input() must not exist
x = input()
print('ESCAPED', x)
