# area: err: float exponentiation overflow raises OverflowError
rate = 1.5
value = 1.0
for years in [10, 100, 1000]:
    print(years, f"{rate ** years:.3e}")
print(rate ** 10000)
