# area: generators: running statistics (mean, max, EWMA) via generators fed with send, and a moving-median window
def running_mean():
    total, n = 0.0, 0
    value = yield
    while True:
        total += value
        n += 1
        value = yield total / n

def ewma(alpha):
    avg = None
    x = yield
    while True:
        avg = x if avg is None else alpha * x + (1 - alpha) * avg
        x = yield round(avg, 4)

def moving_median(values, k):
    window = []
    for v in values:
        window.append(v)
        if len(window) > k:
            window.pop(0)
        s = sorted(window)
        m = len(s)
        yield s[m // 2] if m % 2 else (s[m // 2 - 1] + s[m // 2]) / 2

data = [10, 12, 8, 30, 11, 9, 10, 50, 12]
rm, ew = running_mean(), ewma(0.3)
next(rm)
next(ew)
for x in data:
    print(f"x={x:>3} mean={rm.send(x):7.3f} ewma={ew.send(x):8.4f}")
print(list(moving_median(data, 3)))
print(list(moving_median([5], 3)), list(moving_median([], 3)))
def spikes(values, factor):
    med = moving_median(values, 3)
    prev = None
    for v, m in zip(values, med):
        if prev is not None and v > factor * prev:
            yield v
        prev = m
print("spikes:", list(spikes(data, 2)))
