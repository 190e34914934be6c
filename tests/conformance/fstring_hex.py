# fstring: integer presentation types x, X, b, o and d
n = 255
print(f"{n:x} {n:X} {n:b} {n:o} {n:d}")
print(f"{n:#x} {n:#b} {n:#o}")
print(f"{5:08b} {5:#010b}")
print(f"{-255:x} {-5:b}")
print(f"{2**64:x}")
print(f"{48879:>8x}|{48879:<8X}|")
for i in [0, 1, 10, 16]:
    print(f"{i:3d} {i:4b} {i:2x}")
