# int: Fibonacci numbers grow past 64 bits without overflow
a, b = 0, 1
for i in range(200):
    a, b = b, a + b
print(a)
fibs = [0, 1]
while len(fibs) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[90], fibs[91], fibs[92], fibs[93])
print(fibs[99])
print(fibs[93] > 2**63, fibs[92] < 2**63)
print(fibs[99] % 1000000007)
