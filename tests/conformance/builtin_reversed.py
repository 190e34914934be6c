# builtin: reversed over lists, tuples, strings and ranges
print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2))))
print(list(reversed("abc")))
print("".join(reversed("stressed")))
print(list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))))
print(list(reversed([])))
for x in reversed(["first", "second"]):
    print(x)
lst = [1, 2]
print(list(reversed(lst)), lst)
