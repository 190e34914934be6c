# builtin: len of every container type
print(len(""), len("abc"), len("日本"))
print(len([]), len([1, [2, 3]]))
print(len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}))
print(len(set()), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(5, 0)))
print(len(str(2**100)))
try:
    len(42)
except TypeError as e:
    print(e)
