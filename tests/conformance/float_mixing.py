# float: arithmetic mixing ints and floats yields floats
print(1 + 2.0, 3 * 1.5, 10 - 0.5)
print(7 / 2, 8 / 2, -9 / 4)
print(2 ** 0.5)
print(4 ** 0.5)
print(10 // 3.0, 10 % 3.0)
print(1.0 * 2**60)
print(1 + 1e-16 == 1)
print(3 * 0.1, 0.1 * 3)
print(sum([0.1] * 10))
print(0.5 + 1, 1 + 0.5)
x = 5
x /= 2
print(x)
y = 10
y *= 1.0
print(y)
print(type(1 + 1.0).__name__, type(4 / 2).__name__)
