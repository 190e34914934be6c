# int: bitwise operations and shifts on big and negative integers
a = 2**100 - 1
b = 0xF0F0F0F0F0F0F0F0F0F0
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(-a & 0xFFFF)
print(-(2**80) | 5)
print(-(2**80) ^ -1)
print(1 << 100)
print((1 << 100) >> 99)
print(-1 << 70)
print(-(2**70) >> 3)
print(-1 >> 100)
print(12345 >> 100)
print(~0, ~-1, ~(2**64))
