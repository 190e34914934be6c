# expect: ok
# attacks: many small temporary allocations well above the memory limit in total
n = 0
for i in range(40000):
    t = (i, str(i), [i])
    n += len(t[1])
print(n)
