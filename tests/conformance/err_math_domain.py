# area: err: math.sqrt of a negative variance (from bad data) raises ValueError: math domain error
import math
samples = [[2.0, 4.0, 6.0], [1.0, 1.0], [5.0]]
for xs in samples:
    mean = sum(xs) / len(xs)
    var = sum((x - mean) ** 2 for x in xs) / (len(xs) - 1) if len(xs) > 1 else -1.0
    print(f"mean={mean} var={var}")
    print(f"std={math.sqrt(var):.3f}")
