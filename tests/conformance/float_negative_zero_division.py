# float: true division of zero by a negative int keeps the sign (-0.0), small and big ints alike (found by tests/randomized.rs)
print(0 / -10**18, 0 / -5, f"{-0.0:.4g}", 0 / -10**30, 0.0 / -3, -0.0 / 5, 0 // -5, 0.0 // -5, 0 % -5, 0.0 % -5, 1 % -0.5)
print(format(-0.0, 'g'), format(-0.0, '.2f'), format(-0.0, 'e'), format(-0.0, ''), format(-0.0, '%'), format(-0.0, '+'))
print(0 / -2**53, 0 / -(2**53 + 1), 0 / 10**30, (-0) / -10**30, 1 / -10**400)
