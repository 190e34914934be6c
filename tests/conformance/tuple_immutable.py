# tuple: item assignment and deletion raise TypeError; contained lists stay mutable
t = (1, [2, 3], "x")
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    del t[1]
except TypeError as e:
    print("TypeError:", e)
t[1].append(4)
print(t)
t2 = t[:2] + ("y",)
print(t2, t)
