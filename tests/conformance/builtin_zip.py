# builtin: zip pairs items and stops at the shortest input
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip("abc", range(3), [True, False, None])))
names = ["x", "y"]
vals = [1, 2, 3]
print(dict(zip(names, vals)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, chars = zip(*pairs)
print(nums, chars)
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
