# builtin: hex and bin of positive, negative and big ints
print(hex(0), hex(255), hex(-255), hex(4096))
print(bin(0), bin(5), bin(-5), bin(1023))
print(hex(2**64), bin(2**70))
print(hex(-(2**65)))
print(int(hex(48879), 16), int(bin(37), 2))
print(len(bin(2**100)) - 2)
print([hex(n) for n in range(14, 18)])
