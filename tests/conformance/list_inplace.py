# list: += extends the same object, *= repeats in place, + creates a new list
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0, 1]
d = c
c *= 2
print(c, d)
e = ["x"]
e += "yz"
print(e)
e += (1, 2)
print(e)
f = [[1]] * 2
f[0] += [2]
print(f)
