# fuel: sort key that itself recurses and calls other builtins with keys
def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)
def weight(word):
    return max([ord(c) for c in word], default=0) - min([ord(c) for c in word], default=0)
nums = list(range(1000, 1600))
print(sorted(nums, key=lambda n: (digit_sum(n), -n))[:8])
words = ["zebra", "apple", "mango", "kiwi", "fig", "banana", "cherry", "date"]
print(sorted(words, key=lambda w: (weight(w), w)))
print(max(nums, key=lambda n: digit_sum(n * n)))
print(min(words, key=lambda w: (weight(w), len(w))))
