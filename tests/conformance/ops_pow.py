# ops: ** with int, negative and float exponents, and three-argument pow
print(2 ** 10, (-2) ** 3, -2 ** 2, (-2) ** 2)
print(2 ** -1, 10 ** -2, (-4) ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(9 ** 0.5, 2.0 ** 3)
print(0 ** 0, 0.0 ** 0, 1 ** 1000)
print(pow(2, 10), pow(2, -2), pow(2.0, 2))
print(pow(3, 200, 1000), pow(2, 100, 17), pow(-3, 3, 7), pow(5, 0, 3))
print(pow(7, 2, -5))
print(pow(12345678901234567890, 3, 10**9 + 7))
x = 3
x **= 4
print(x)
