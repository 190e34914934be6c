def ok():
    return 1


return 2
x = [1, 2
y = 3
for i in range(2):
    pass
continue
