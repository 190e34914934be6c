# ops: unary minus, plus and invert on ints, floats and bools
x = 5
print(-x, +x, ~x, -(-x), --x, -+-x)
y = -2.5
print(-y, +y)
print(-True, +False, ~True, ~False)
print(-0, -0.0, +(-0.0))
big = 2**70
print(-big, ~big, +big)
print(not x, not 0, not -x)
print(- 3 ** 2)
