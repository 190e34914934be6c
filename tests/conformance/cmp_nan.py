# cmp: NaN is unequal to everything including itself; comparisons are False
nan = float("nan")
print(nan == nan, nan != nan)
print(nan < 0, nan > 0, nan <= 0, nan >= 0, nan == 0)
print(0 < nan, 0 > nan)
vals = [float("nan"), 1.0, float("nan")]
print(vals.count(1.0), vals.index(1.0))
print(nan in [1.0, 2.0])
print(float("nan") == float("nan"))
x = float("inf") - float("inf")
print(x == x, x != x)
print(sorted([3.0, 1.0]) == [1.0, 3.0], max(1.0, 2.0))
