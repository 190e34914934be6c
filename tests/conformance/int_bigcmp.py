# int: comparisons between big ints, small ints and floats are exact
big = 2**70
print(big > 2**69, big < 2**71, big == 2**70)
print(-big < 0, -big < -(2**69))
print(2**53 == 2.0**53)
print(2**53 + 1 == float(2**53 + 1))
print(2**53 + 1 > float(2**53))
print(10**20 == 1e20)
print(sorted([2**65, -5, 3, -(2**66), 0]))
print(max(2**64, 2**63), min(-(2**64), -1))
print(1 == 1.0, 2 < 2.5, -1 > -1.5)
