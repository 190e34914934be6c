# set: membership tests with ints, strings and tuples
seen = {"apple", "banana"}
for fruit in ["apple", "cherry", "banana", "date"]:
    print(fruit, fruit in seen, fruit not in seen)
nums = set(range(0, 20, 3))
print([n for n in range(10) if n in nums])
pts = {(0, 0), (1, 2)}
print((1, 2) in pts, (2, 1) in pts)
print(1.0 in {1}, True in {1})
