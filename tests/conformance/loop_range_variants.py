# loop: iterating ranges with steps, negative steps and empty ranges
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
for i in range(3, -4, -2):
    print(i, end=" ")
print()
total = 0
for i in range(1, 101):
    total += i
print(total)
r = range(100, 0, -7)
print(len(r), r[0], r[-1], r[3], 93 in r, 94 in r)
print(r)
print(range(3), range(1, 10, 2))
