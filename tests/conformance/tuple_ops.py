# tuple: concatenation, repetition, membership, len, index and count
t = (1, 2, 3, 2)
print(t + (4,), (0,) * 3, t * 0)
print(2 in t, 9 in t, len(t))
print(t.index(2), t.index(2, 2), t.count(2), t.count(9))
print(t[0], t[-1], t[1:3])
print(sum(t), min(t), max(t))
u = t
u += (5,)
print(t, u)
try:
    t.index(42)
except ValueError as e:
    print(e)
