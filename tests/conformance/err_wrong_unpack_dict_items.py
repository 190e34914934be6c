# area: err: iterating a dict directly while unpacking two names fails with ValueError (too many values to unpack)
scores = {"ann": 90, "bob": 85}
for name, score in scores.items():
    print(name, score)
for name, score in scores:
    print(name, score)
