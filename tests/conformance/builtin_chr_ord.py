# builtin: chr and ord across ASCII and non-ASCII code points
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"))
print(chr(65), chr(97), chr(48), repr(chr(10)), repr(chr(0)))
print(ord("é"), ord("€"), ord("😀"))
print(chr(233), chr(8364), chr(128512))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print([ord(c) for c in "Hi!"])
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
