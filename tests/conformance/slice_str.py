# slice: slicing strings including unicode
s = "Hello, World"
print(s[:5], s[7:], s[-5:], s[::2])
print(s[7:12].lower(), s[:5].upper())
print(s[::-1])
u = "naïve café"
print(u[:5], u[-4:], u[::-1], len(u[2:4]))
print("racecar" == "racecar"[::-1], "hello" == "hello"[::-1])
word = "python"
print(word[1:] + word[0] + "ay")
print([word[i:i + 2] for i in range(0, len(word), 2)])
