# cmp: list comparisons are element-wise then by length
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99])
print([1, 2] == [1, 2], [1, 2] != [1, 2.0])
print([[1, 2], [1]] < [[1, 2], [2]])
print([] == [], [] < [[]], [0] > [])
print(sorted([[3], [1, 2], [1], [2, 0]]))
print(max([[1, 5], [1, 4, 9]]))
print((1, [2]) == (1, [2]))
