# area: err: iterating over an int count instead of range raises TypeError: 'int' object is not iterable
batches = {"a": 3, "b": 2}
for name, n in batches.items():
    print("batch", name, "size", n)
    for i in n:
        print("  item", i)
