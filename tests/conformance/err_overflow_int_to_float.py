# area: err: converting a huge int to float raises OverflowError: int too large to convert to float
n = 1
for i in range(1, 6):
    n *= 10 ** 100
    print(f"10^{i * 100} has {len(str(n))} digits")
print(float(10 ** 400))
