# area: list: sliding-window max/min with a monotonic deque built on a list, compared with brute force over windows
def window_max(xs, k):
    dq, out = [], []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.pop(0)
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out

def window_min(xs, k):
    return [-v for v in window_max([-x for x in xs], k)]

data = [4, 2, 12, 3, 8, 8, 1, 7, 9, 5, 0, 6]
for k in (1, 3, 5):
    fast = window_max(data, k)
    brute = [max(data[i:i + k]) for i in range(len(data) - k + 1)]
    print(k, fast, fast == brute, window_min(data, k) == [min(data[i:i + k]) for i in range(len(data) - k + 1)])
ranges = [hi - lo for hi, lo in zip(window_max(data, 4), window_min(data, 4))]
print("ranges k=4:", ranges, "widest at", ranges.index(max(ranges)))
print(window_max([], 3), window_max([5], 1), window_max([1, 2], 5))
