# area: bytes literals: escapes, raw, concatenation, repr, indexing, slicing, comparison, decode and encode
a = b"hello"
b = b'\x00\xff\n\t\\\'"'
c = rb"\n\x41"
d = b"abc" b"def"
print(a, b, c, d)
print(len(a), len(b), len(c), a[0], a[-1], a[1:3], b[1])
print(a == b"hello", a != b"world", b"ab" + b"cd", b"x" in b"xyz")
print(a.decode(), b"caf\xc3\xa9".decode("utf-8"), "café".encode())
print(list(b"AZ"), bytes([72, 105]), bytes(3))
print(b"\101\102", b"\u1234", b"\N")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
print({b"k": 1}[b"k"], hash(b"abc") == hash(b"abc"))
