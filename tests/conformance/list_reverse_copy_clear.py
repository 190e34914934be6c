# list: reverse, copy (shallow) and clear
a = [1, 2, [3, 4]]
b = a.copy()
b.append(5)
b[2].append(99)
print(a)
print(b)
a.reverse()
print(a)
print(a.reverse(), a)
c = a
c.clear()
print(a, c, len(a))
d = [9, 8, 7]
e = d[:]
e.reverse()
print(d, e)
