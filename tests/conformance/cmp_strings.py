# cmp: string comparisons are lexicographic by code point
print("abc" < "abd", "abc" < "ab", "" < "a")
print("Z" < "a", "a" < "é", "é" < "z")
print("10" < "9", "100" < "20")
print("apple" <= "apple", "apple" >= "apples")
words = ["banana", "Banana", "apple", "Apple", "_under", "1num", "zeta"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(min(words), max(words))
print("abc" == "ABC".lower(), "abc" != "ABC")
