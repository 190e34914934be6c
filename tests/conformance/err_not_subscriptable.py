# err: uncaught TypeError subscripting an int
values = [[6, 7], "ab", (9,), 8]
for v in values:
    print(v[0])
