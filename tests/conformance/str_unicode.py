# str: unicode strings have code-point length and indexing
s = "héllo wörld"
print(s, len(s))
print(s[1], s[7], s[-1])
j = "日本語テキスト"
print(j, len(j))
print(j[0], j[2], j[-2:])
e = "a😀b"
print(len(e), e[1], e[2])
print(s.upper())
print("ß".upper(), "ÀÉÎ".lower())
print(ord("é"), chr(233), ord("日"), chr(26085))
print("ñ" in "España", "Españ" + "a")
print("€" * 3)
print(repr("héllo"), repr("日本"))
print(j[::-1])
