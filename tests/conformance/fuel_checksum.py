# fuel: 50,000-iteration loop computing a checksum
h = 0
for i in range(50000):
    h = (h * 31 + i) % 1000000007
    if i % 10000 == 0:
        print("progress", i, h)
print("checksum", h)
x = 1
n = 0
while n < 50000:
    x = (x * 48271) % 2147483647
    n += 1
print("lcg", x)
