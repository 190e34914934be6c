# area: err: shadowing a builtin name with a string then calling it raises TypeError: 'str' object is not callable
words = ["alpha", "beta", "gamma"]
for w in words:
    print(w, len(w))
len = "length"
print("label:", len)
print(len(words))
