# unpack: strings and ranges unpack into characters and values
a, b, c = "xyz"
print(a, b, c)
first, *middle, last = "abcdef"
print(first, middle, last)
h, m = "12:45".split(":")
print(int(h) * 60 + int(m))
key, _, value = "name=Ann".partition("=")
print(key, value)
lo, hi = sorted([9, 3])
print(lo, hi)
