# expect: ok
# attacks: int keys that all hash to 0 (multiples of 2**61 - 1)
m = 2**61 - 1
d = {}
for i in range(2000):
    d[i * m] = i
assert len(d) == 2000
print(hash(m), len(d))
