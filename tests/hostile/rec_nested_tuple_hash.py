# expect: error RecursionError
# attacks: hash of a 100,000-deep nested tuple
t = ()
for i in range(100000):
    t = (t,)
print(hash(t))
