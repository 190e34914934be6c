# expect: error NameError
# attacks: open('/etc/passwd') must not exist
x = open('/etc/passwd')
print('ESCAPED', x)
