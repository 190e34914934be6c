# expect: error RecursionError
# attacks: repr of a 100,000-deep nested dict
d = {}
for i in range(100000):
    d = {'k': d}
print(repr(d))
