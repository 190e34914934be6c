# set: union, intersection, difference and symmetric difference (printed sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b))
print(sorted(b - a))
print(sorted(a ^ b))
print(len(a | b), len(a & b))
c = set(a)
c |= {10}
c &= {1, 10, 3}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {3, 7}
print(sorted(c))
print(sorted({"x", "y"} | {"z"}))
