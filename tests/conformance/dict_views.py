# dict: keys, values and items as lists and in loops
d = {"one": 1, "two": 2, "three": 3}
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
print(len(d.keys()), "two" in d.keys(), 3 in d.values(), ("one", 1) in d.items())
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(k + "=" + str(v))
print(sorted(d.values(), reverse=True))
print(sorted(d))
print(sum(d.values()))
