# area: ops: operator precedence, chained comparisons, short-circuit evaluation order, augmented assignment on containers
calls = []
def v(name, value):
    calls.append(name)
    return value

print(2 + 3 * 4 ** 2 // 5 % 7, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 3 > 2, "a" < "b" <= "b" != "c")
print(not 1 == 2, not (1 and 0), 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 << 1, ~1 + 1)
calls.clear()
r = v("a", 0) and v("b", 1)
print(r, calls)
calls.clear()
r = v("a", 1) or v("b", 2)
print(r, calls)
calls.clear()
r = v("a", 1) < v("b", 2) < v("c", 0) < v("d", 5)
print(r, calls)
calls.clear()
r = v("a", []) or v("b", {}) or v("c", "fallback")
print(r, calls)
x = [1, 2]
y = x
x += [3]
print(x is y, y)
t = (1, 2)
u = t
t += (3,)
print(t is u, u, t)
s = "ab"
s *= 3
print(s)
d = {"n": 1}
d["n"] += 10
d["n"] **= 2
d["n"] //= 3
d["n"] %= 7
d["n"] <<= 2
print(d)
print(7 if 0 else 8 if None else 9, [1, 2] * 2 + [3], "-" * 3 + ">", 10 - 3 - 2, 2 ** 2 ** 0, 100 / 10 / 5)
print(True + True * 3, -True, 5 // 2 * 2 + 5 % 2, (5).__class__.__name__, 3 in [1, 2, 3] == True)
print(1 if [] else 2, "yes" if "0" else "no", [] == [] is not None, None is None is not False)
