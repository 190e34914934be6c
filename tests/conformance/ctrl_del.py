# ctrl: del on names, list items, slices and dict keys
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
try:
    print(b)
except NameError as e:
    print("NameError:", e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
