# ops: &, |, ^ and ~ on small positive and negative ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~a, ~b, ~0, ~-5)
print(-6 & 3, -6 | 3, -6 ^ 3)
print(-1 & 255, 255 & -256)
print(True & False, True | False, True ^ True)
flags = 0
for bit in [0, 2, 5]:
    flags |= 1 << bit
print(flags, bin(flags))
print(flags & (1 << 2) != 0, flags & (1 << 3) != 0)
flags &= ~(1 << 2)
print(flags)
flags ^= 0b11
print(flags)
