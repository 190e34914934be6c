# expect: ok
# attacks: equality of self-referential containers
a = []
a.append(a)
b = a
print(a == b, a is b)
