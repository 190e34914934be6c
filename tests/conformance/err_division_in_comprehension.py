# area: err: ZeroDivisionError raised inside a list comprehension computing ratios
pairs = [(10, 2), (9, 3), (5, 0), (8, 4)]
print([a // b for a, b in pairs[:2]])
print({a: a / b for a, b in pairs if b})
print([a / b for a, b in pairs])
