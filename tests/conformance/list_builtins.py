# list: list() construction and builtins applied to lists
print(list(range(5)))
print(list("abc"))
print(list((1, 2)))
print(list({"x": 1, "y": 2}))
print(list())
nums = [4, -2, 7, 0]
print(len(nums), sum(nums), min(nums), max(nums))
print(sorted(nums), nums)
print(list(reversed(nums)))
print(list(enumerate(nums)))
print(list(zip(nums, "abcd")))
print(any(nums), all(nums))
