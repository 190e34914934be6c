# bytes methods: searching, splitting, stripping, case, classification, padding, join, replace, translate.
data = b"  Hello, World!\tThe quick brown fox.\r\nsecond line\rthird\n"
print(data.strip(), data.lstrip(), data.rstrip(b"\n"), data.strip(b" \n"))
print(data.split(), data.split(b","), data.split(maxsplit=2), data.rsplit(None, 2), data.rsplit(b" ", 1))
print(data.splitlines(), data.splitlines(keepends=True), b"a\x0bb\x1cc d".split())
print(data.find(b"o"), data.rfind(b"o"), data.find(b"zz"), data.find(111), data.count(b"o"), data.count(b""))
print(data.index(b"W"), data.rindex(b"e"), data.find(b"o", 10), data.find(b"o", 5, 8), data.find(b"", 100))
print(data.startswith(b"  He"), data.endswith((b"x", b"\n")), data.startswith(b"Hello", 2), b"abc".endswith(b"b", 0, 2))
print(b"hello world".title(), b"hello World".capitalize(), b"Hello".swapcase(), b"\xe9a".upper(), b"ABC\xc9".lower())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b"".isdigit(), b" \t".isspace(), b"Ab Cd".istitle())
print(b"abc".islower(), b"ABC1".isupper(), b"\x80".isascii(), b"abc".isascii(), b"a b".isalpha())
print(b"ab".center(7, b"*"), b"ab".center(6), b"ab".ljust(5, b"."), b"ab".rjust(5), b"-42".zfill(6), b"7".zfill(3))
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join((b"x",)))
print(b"a,b,,c".replace(b",", b";"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(b"prefix_name".removeprefix(b"prefix_"), b"name.txt".removesuffix(b".txt"), b"abc".removeprefix(b"x"))
print(b"a\tbc\tdef".expandtabs(), b"a\tb".expandtabs(4), b"a\tb".expandtabs(tabsize=2))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"hello".translate(table, delete=b"h"))
print(b"a" * 3, 2 * b"xy", b"a" < b"b", b"abc" > b"abd", sorted([b"b", b"a", b"ab"]), b"ab" in b"cab", 97 in b"a")
for bad in [lambda: b"a".split("x"), lambda: b"a".startswith("x"), lambda: b"a".join(["x"]),
            lambda: b"a".center(5, b"xy"), lambda: b"a".index(b"x"), lambda: b"a".find(300),
            lambda: b"a".partition(b""), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".translate(b"ab"),
            lambda: b"a".split(b""), lambda: b"a".strip("a")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
