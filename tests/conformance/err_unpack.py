# err: uncaught ValueError from unpacking too few values
rows = [(1, 2, 3), (4, 5, 6), (7, 8)]
for a, b, c in rows:
    print(a + b + c)
