# int: big floor division and modulo with negative operands follow floor semantics
a = 10**30 + 7
b = 12345678901
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b))
print(divmod(-a, b))
print(2**100 // 3, 2**100 % 3)
print(-(2**100) // 7, -(2**100) % 7)
print((2**128) // (2**64), (2**128) % (2**64 - 1))
q, r = divmod(-(10**25), 10**12 + 1)
print(q, r, q * (10**12 + 1) + r)
print(2**100 / 2**98)
print(7 // 2**70, -7 // 2**70, -7 % 2**70)
