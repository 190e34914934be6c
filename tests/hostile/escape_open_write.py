# expect: error NameError
# attacks: open('pwned.txt', 'w') must not exist
x = open('pwned.txt', 'w')
print('ESCAPED', x)
