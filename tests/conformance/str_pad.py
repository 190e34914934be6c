# str: zfill, center, ljust, rjust including fill characters
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "hi".center(6) + "]")
print("[" + "hi".center(7) + "]")
print("[" + "hi".center(7, "*") + "]")
print("[" + "hello".ljust(8) + "]")
print("[" + "hello".rjust(8) + "]")
print("[" + "hello".ljust(8, ".") + "]")
print("[" + "hello".rjust(3) + "]")
print("[" + "odd".center(4) + "]")
print("[" + "odd".center(6, "-") + "]")
for name, qty in [("apple", 3), ("kiwi", 12), ("fig", 100)]:
    print(name.ljust(8) + str(qty).rjust(5))
