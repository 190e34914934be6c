# mod: statistics averages and spread on ints and floats, exact as CPython, and StatisticsError
import statistics
from statistics import mean, median, stdev, StatisticsError

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean(ints), mean([1, 2, 3]), mean([1, 2]), mean(floats), mean([0.1] * 10), mean([1e50, 1, -1e50]))
print(statistics.fmean(ints), statistics.fmean([1, 2, 3], weights=[3, 1, 1]))
print(median(ints), median([3, 1, 2]), median(floats), statistics.median_low(ints), statistics.median_high(ints))
print(statistics.mode([1, 1, 2, 3, 3, 3]), statistics.mode(["red", "blue", "red"]), statistics.mode([4, 5]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
print(statistics.variance(ints), statistics.pvariance(ints), statistics.variance(floats), statistics.pvariance(floats))
print(stdev(ints), statistics.pstdev(ints), stdev(floats), statistics.pstdev(floats))
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.variance([1.5, 2.5], 2.0))
print(stdev([0.1, 0.2, 0.3, 0.4, 0.5]), statistics.pstdev([10**20, 10**20 + 2]))
print(statistics.quantiles(range(1, 11)), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10))
print(statistics.quantiles([1.5, 2.5, 9.0, 10.0], method="inclusive"), statistics.quantiles([1, 2], n=3))
print(mean([True, False, True]), median([5]), statistics.variance([3, 3, 3]))
scores = {"ann": [88, 92, 79], "bob": [70, 65, 91, 84], "cy": [100, 100]}
for name, s in sorted(scores.items()):
    print(name, round(mean(s), 2), median(s), round(stdev(s), 3) if len(s) > 1 else None)
for bad in [lambda: mean([]), lambda: median([]), lambda: statistics.mode([]), lambda: stdev([1]),
            lambda: statistics.variance([]), lambda: statistics.quantiles([1]), lambda: statistics.fmean([])]:
    try:
        bad()
    except StatisticsError as exc:
        print("StatisticsError", exc, isinstance(exc, ValueError))
try:
    mean(["a", "b"])
except TypeError as exc:
    print("TypeError", exc)
