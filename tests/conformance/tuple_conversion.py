# tuple: tuple() from lists, strings, ranges and dicts
print(tuple([1, 2, 3]))
print(tuple("abc"))
print(tuple(range(3)))
print(tuple({"k": 1, "j": 2}))
print(tuple())
print(list((1, 2)), tuple([(1, 2)]))
print(tuple(sorted((3, 1, 2))))
print(tuple(reversed((1, 2, 3))))
