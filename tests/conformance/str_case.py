# str: upper, lower, title and capitalize
s = "hello WORLD, it's a fine-day 2day"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print("ALLCAPS".capitalize())
print("".upper(), "123".title())
print("mIxEd CaSe".lower().title())
words = ["apple", "Banana", "cherry"]
print([w.upper() for w in words])
print([w.capitalize() for w in words])
