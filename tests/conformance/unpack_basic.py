# unpack: tuple and list unpacking in assignments
a, b = 1, 2
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q) = "pq"
print(p, q)
[m, n] = (5, 6)
print(m, n)
first, second = {"k1": 1, "k2": 2}
print(first, second)
i, j = range(2)
print(i, j)
t = 1, 2, 3
u, v, w = t
print(u + v + w)
one, = [1]
print(one)
