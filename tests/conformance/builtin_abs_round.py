# builtin: abs and round on ints, floats and bools
print(abs(-5), abs(5), abs(0), abs(-2**70))
print(abs(-2.5), abs(float("-inf")), abs(-0.0))
print(abs(True), abs(-True))
print(round(3.14159, 2), round(-3.14159, 2), round(2.5), round(-0.5))
print(round(10), round(15.5), round(16.5), round(1.25, 1), round(1.35, 1))
print(round(123, -1), round(125, -1), round(135, -1))
print(round(0.5 + 1e-9))
print(type(round(3.7)).__name__, round(3.7), round(-3.7))
