# int: powers that overflow 64 bits become transparent bigints
print(2**100)
print(2**64 - 1)
print(2**64)
print(-2**63)
print(10**30)
print((-3)**41)
print((-3)**40)
print(7**77)
x = 1
for i in range(70):
    x = x * 2
print(x)
print(x // 2**69)
print(2**0, 0**0, (-1)**101)
