# builtin: divmod and pow including three-argument pow
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(2**70, 10**9))
print(pow(2, 8), pow(2, -1), pow(-2, 3), pow(2.5, 2))
print(pow(4, 0.5), pow(0, 0))
print(pow(2, 1000, 1000007), pow(10, 100, 7), pow(3, 4, 1))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
