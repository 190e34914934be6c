# ops: every augmented assignment operator on names, list items and dict items
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x /= 3
print(x)
x = 17
x //= 4
print(x)
x %= 3
print(x)
x **= 5
print(x)
x <<= 2
print(x)
x >>= 3
print(x)
x &= 6
print(x)
x |= 9
print(x)
x ^= 5
print(x)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 7
lst[1] **= 3
lst[1] //= 3
print(lst)
d = {"a": 1, "s": "x"}
d["a"] -= 5
d["a"] %= 4
d["s"] += "yz"
d["s"] *= 2
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 9
m[1][0] ^= 1
print(m)
