# area: list: hand-written merge sort, bucket grouping, binary insertion and k-way chunk merging compared against sorted()
def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def insertion_sort(xs):
    out = []
    for x in xs:
        lo, hi = 0, len(out)
        while lo < hi:
            mid = (lo + hi) // 2
            if out[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        out.insert(lo, x)
    return out

data = [(i * 7919) % 101 - 50 for i in range(40)]
print(merge_sort(data)[:10], merge_sort(data) == sorted(data), insertion_sort(data) == sorted(data))
people = [("ann", 30), ("bob", 25), ("cyd", 30), ("dee", 25), ("eve", 35)]
print(merge_sort(people, key=lambda p: p[1]))
buckets = [[] for _ in range(5)]
for x in data:
    buckets[(x + 50) * 5 // 101].append(x)
print([len(b) for b in buckets], [min(b) if b else None for b in buckets])
print([x for b in buckets for x in sorted(b)] == sorted(data))
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words, key=len), insertion_sort(words))
