# builtin: min and max with iterables, multiple args, key and default
print(min([3, 1, 2]), max([3, 1, 2]))
print(min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"))
print(max([1, 5, 3], key=lambda x: -x))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([], default=None), min([], default="empty"))
print(max([4], default=0))
print(max([("a", 2), ("b", 9), ("c", 9)], key=lambda t: t[1]))
print(min([1, 1.0]), max([1.0, 1]))
print(max("apple", "banana", key=len))
print(max(2**70, 5), min(-(2**70), 5))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
