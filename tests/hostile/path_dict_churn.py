# expect: ok
# attacks: insert and delete many dict keys
d = {}
for i in range(50000):
    d[i] = i
    if i >= 10:
        del d[i - 10]
assert len(d) == 10
print(len(d))
