# expect: error RecursionError
# attacks: < of two 100,000-deep nested lists
x = []
for i in range(100000):
    x = [x]
y = [1]
for i in range(100000):
    y = [y]
print(x < y)
