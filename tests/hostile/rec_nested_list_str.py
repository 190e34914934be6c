# expect: error RecursionError
# attacks: print of a 100,000-deep nested list
x = []
for i in range(100000):
    x = [x]
print(x)
