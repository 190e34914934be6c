# loop: enumerate and zip in for loops, with unpacking
names = ["ann", "bob", "cyd"]
ages = [31, 25, 40, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, age in zip(names, ages):
    print(name, age)
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
for a, b, c in zip("xyz", [1, 2, 3], (True, False, None)):
    print(a, b, c)
