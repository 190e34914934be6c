# expect: ok
# attacks: dropping a 200,000-deep nested list must not recurse on the host stack
x = []
for i in range(200000):
    x = [x]
del x
d = {}
for i in range(100000):
    d = {1: d}
d = None
print('dropped')
