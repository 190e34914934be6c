# comp: list comprehensions with if filters
nums = list(range(-5, 6))
print([n for n in nums if n > 0])
print([n for n in nums if n % 2 == 0 if n != 0])
print([n * n for n in nums if n < 0 and n % 2])
words = ["apple", "Banana", "cherry", "Date", ""]
print([w for w in words if w and w[0].isupper()])
print([w.lower() for w in words if len(w) > 4])
print([i for i, w in enumerate(words) if "a" in w])
