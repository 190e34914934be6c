# cmp: chained comparisons a < b < c and mixed operator chains
x = 5
print(1 < x < 10, 1 < x < 3, 10 > x > 1)
print(1 < 2 < 3 < 4, 1 < 3 < 2 < 4)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
print(0 <= x <= 5, 0 <= x < 5)
print(1 < x > 3, 1 < x in [5])
print(x > 0 and x < 10, not 1 < x < 10)
a, b, c = 3, 3, 4
print(a == b < c, a < b <= c, a <= b <= c)
print("a" < "b" < "c", [1] < [2] < [3])
