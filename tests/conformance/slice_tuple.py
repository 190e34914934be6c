# slice: tuple slices produce tuples
t = (10, 20, 30, 40, 50)
print(t[1:3], t[:1], t[3:], t[::2], t[::-1])
print(type(t[1:2]).__name__, t[1:2], t[1:1])
head, tail = t[0], t[1:]
print(head, tail)
print(t[:2] + t[-2:])
r = range(10)
print(list(r[2:8:3]), r[::-1][0])
