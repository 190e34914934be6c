# list: names share list objects; copies are independent
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c, a is c, a == c[:4])
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
r = mutate(a)
print(a, r)
x = [[1], [2]]
y = x[:]
y[0].append(1)
y[1] = [20]
print(x, y)
