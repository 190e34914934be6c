# str: strings are immutable; methods return new strings and item assignment fails
s = "hello"
t = s.upper()
print(s, t)
u = s.replace("l", "L")
print(s, u)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
s2 = "H" + s[1:]
print(s2)
parts = s.split("l")
print(parts, s)
print(s * 2, s)
