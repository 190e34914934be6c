# ops: left and right shifts, including big results and negative operands
print(1 << 0, 1 << 10, 3 << 4)
print(1024 >> 3, 1023 >> 3, 1 >> 5)
print(-16 >> 2, -17 >> 2, -1 >> 10)
print(-3 << 5)
print(1 << 64, 1 << 200)
print((1 << 200) >> 190)
print((2**100 + 12345) >> 3)
print(-(2**100) >> 1)
x = 5
x <<= 70
print(x)
x >>= 68
print(x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
