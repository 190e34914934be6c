# expect: error NameError
# attacks: quit() must not exist
x = quit()
print('ESCAPED', x)
