# expect: ok
# attacks: 100,000 string += in a loop
s = ''
for i in range(100000):
    s += 'x'
assert len(s) == 100000
print(len(s))
