# int: literals (underscores, hex, octal, binary) and small arithmetic
print(1_000_000)
print(0xff, 0o17, 0b1011)
print(0xFF_FF, 0b_1111)
print(-0, +5, -5)
print(7 + 3, 7 - 3, 7 * 3)
print(7 // 3, 7 % 3, 7 / 2)
print(100 - 1 * 2 + 3)
print((100 - 1) * (2 + 3))
print(17 // 1, 0 // 5, 0 % 5)
x = 41
x += 1
print(x)
print(type(x).__name__)
print(type(2**100).__name__)
