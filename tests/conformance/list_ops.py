# list: *, +, == and ordering comparisons
a = [1, 2]
b = [3]
print(a + b, b + a)
print(a * 3, 0 * a, [None] * 2)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1] != [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print([] < [0], [[1]] < [[2]])
print(["a", "b"] < ["a", "c"])
print(sorted([[2, 1], [1, 5], [1, 2, 3], []]))
print(max([[1, 2], [1, 10], [0, 99]]))
print(a, b)
