# ops: integer floor division and modulo with negative operands
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b)
print(-1 // 10, -1 % 10)
print(0 // -3, 0 % -3)
print(-10 // 5, -10 % 5)
print(10**18 // -7, 10**18 % -7)
n = -17
print(n // 5 * 5 + n % 5 == n)
