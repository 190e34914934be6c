# err: uncaught IndexError from list indexing past the end
items = ["a", "b", "c"]
i = 0
while True:
    print(items[i])
    i += 1
