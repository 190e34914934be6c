# slice: full slices make shallow copies
a = [[1], 2, 3]
b = a[:]
b[1] = 20
b[0].append(1)
print(a, b, a == b)
c = a[::-1][::-1]
print(c == a, c is a)
s = "text"
print(s[:] == s)
t = (1, 2)
print(t[:] == t)
