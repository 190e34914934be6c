# float: int / int with a tiny result (below 2**-1000) does not underflow to 0.0 (found by tests/randomized.rs)
print(127 / 10**300, 1 / 10**308, 1 / 10**320, -1 / 10**320, 10**300 / 3**700, 1 / 10**400, -(10**20) / 10**330)
print(bool(127 / int(1e300)), 2**1000 / 3**1000, 3**2000 // 1 / 2**1000 if False else 0, 10**400 // 10**100 / 10**290)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
