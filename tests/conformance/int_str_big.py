# int: str() and repr() of big ints, digit manipulation
n = 3**200
s = str(n)
print(s)
print(len(s))
print(repr(-n)[:10])
print(s[:5], s[-5:])
digits = 0
m = n
while m > 0:
    digits += m % 10
    m //= 10
print(digits)
print(int(s) == n)
print(int(s[::-1]) % 97)
