# str: replace (with count), find/rfind, index
s = "banana bandana"
print(s.replace("an", "AN"))
print(s.replace("an", "AN", 2))
print(s.replace("x", "y"))
print(s.replace("a", ""))
print("aaa".replace("a", "bb"))
print(s.find("an"), s.rfind("an"), s.find("zz"), s.rfind("zz"))
print(s.find("an", 3), s.find("an", 3, 5))
print(s.index("band"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("".find(""), "abc".find(""), "abc".rfind(""))
print("hello".replace("l", "L", 1))
