# expect: error RecursionError
# attacks: repr of a 100,000-deep nested list
x = []
for i in range(100000):
    x = [x]
print(repr(x))
