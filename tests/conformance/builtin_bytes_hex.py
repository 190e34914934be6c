# bytes.hex (with separators) and bytes.fromhex.
data = bytes(range(0, 256, 17))
print(data.hex(), b"".hex(), b"\x00\xff".hex())
print(data.hex(":"), data.hex("-", 2), data.hex(" ", -2), data.hex(sep="_", bytes_per_sep=3), data.hex("|", 0))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef "), bytes.fromhex(""), b"".fromhex("0a0B"))
print(bytes.fromhex(data.hex()) == data, list(bytes.fromhex("00 7f 80 ff")))
for bad in [lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a b"),
            lambda: data.hex("ab"), lambda: data.hex("é")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
