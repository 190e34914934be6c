# tuple: functions returning multiple values as tuples
def min_max(xs):
    return min(xs), max(xs)
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return n, mean, (min(xs), max(xs))
r = min_max([3, 9, 1])
print(r, type(r).__name__)
lo, hi = min_max([3, 9, 1])
print(lo, hi)
n, mean, (a, b) = stats([2, 4, 9])
print(n, mean, a, b)
print(stats([1]))
def pair():
    return 1,
print(pair())
