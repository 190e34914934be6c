# ops: bools participate in arithmetic as 0 and 1
print(True + True, True * 10, False - 1, True / 2)
print(True // 1, True % 2, True ** 5, -True)
print(sum([True, True, False, True]))
print(True == 1, False == 0, True is True)
print([10, 20][True], [10, 20][False])
flags = [x > 2 for x in [1, 3, 5, 0]]
print(flags, sum(flags))
print(True + 0.5, True & 3, False | 4)
print(type(True + True).__name__, type(True & True).__name__)
