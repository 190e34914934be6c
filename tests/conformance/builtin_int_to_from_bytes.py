# int.to_bytes and int.from_bytes: byte orders, signedness, defaults, keywords and their errors.
for n in [0, 1, 255, 256, 65535, 2**31, 2**64 + 5, 10**30]:
    big = n.to_bytes((n.bit_length() + 7) // 8 or 1, "big")
    little = n.to_bytes(16, byteorder="little")
    print(n, big, little.hex(), int.from_bytes(big, "big"), int.from_bytes(little, "little"))
for n in [-1, -128, -129, 127, 128, -(2**63)]:
    b = n.to_bytes(9, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))
print((5).to_bytes(), (0).to_bytes(0, "big"), (1024).to_bytes(length=4, byteorder="little"), True.to_bytes(2, "big"))
print(int.from_bytes(b""), int.from_bytes([1, 0]), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(int.from_bytes(bytes([0, 0, 1]), byteorder="big"), int.from_bytes(b"\x80", "big", signed=True))
checksum = sum(b"hello world") % 65536
print(checksum.to_bytes(2, "big"), int.from_bytes(checksum.to_bytes(2, "big"), "big") == checksum)
for bad in [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(2, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(2, "middle"),
    lambda: int.from_bytes([256]),
    lambda: int.from_bytes(b"\x01", "sideways"),
]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
