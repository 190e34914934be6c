# builtin: sum with and without start over ints, floats and lists
print(sum([]), sum([1, 2, 3]), sum(range(10)))
print(sum([1, 2], 10), sum([], 5), sum([1.5, 2.5]))
print(sum([[1], [2, 3]], []))
print(sum([0.1] * 3))
print(sum([True, True, 3]))
print(sum([2**64, 2**64, -1]))
print(sum((1, 2, 3), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
