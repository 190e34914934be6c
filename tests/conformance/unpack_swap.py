# unpack: swapping and rotating values with tuple assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
i, lst[i] = 2, "set"
print(i, lst)
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
