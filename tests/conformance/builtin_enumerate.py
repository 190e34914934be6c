# builtin: enumerate with default and custom start
letters = ["a", "b", "c"]
print(list(enumerate(letters)))
print(list(enumerate(letters, 1)))
print(list(enumerate(letters, start=-1)))
print(list(enumerate("xy", start=100)))
print(list(enumerate([])))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a + b)
lookup = {ch: i for i, ch in enumerate("hello")}
print(lookup)
