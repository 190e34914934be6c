# list: sort in place with key and reverse; sort is stable
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
print(nums.sort())
