# Tuple sorting: sort lists of tuples with the default lexicographic comparison (ints,
# floats, strings, nested tuples), with key= lambdas and itemgetter-style keys, reverse,
# stable multi-pass sorts, min/max over tuples, and bisect-free merging of sorted runs.


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1) % 18446744073709551616
        return (self.state >> 40) % n


NAMES = ["ana", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo"]


def main():
    rng = LCG(5)
    rows = []
    for i in range(N):
        rows.append((rng.next(50), NAMES[rng.next(len(NAMES))], rng.next(1000) / 8.0, i))

    a = sorted(rows)
    b = sorted(rows, key=lambda r: (r[1], -r[0], r[3]))
    c = sorted(rows, key=lambda r: r[2], reverse=True)
    d = sorted(rows, reverse=True)

    # Stable multi-pass sort: secondary key first, then primary.
    e = list(rows)
    e.sort(key=lambda r: r[3])
    e.sort(key=lambda r: r[1])

    # Nested tuples and mixed element kinds.
    nested = [((r[0] % 5, r[1]), (r[2], r[3] % 11)) for r in rows]
    nested.sort()

    # Pairs sorted by dict values, the "top N" idiom.
    score = {}
    for r in rows:
        score[r[1]] = score.get(r[1], 0) + r[0]
    ranking = sorted(score.items(), key=lambda kv: kv[1], reverse=True)

    # Merge two sorted runs by hand with tuple comparison.
    left = a[: N // 2]
    right = sorted(rows[N // 2:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])

    # Comparison operators on tuples directly.
    lt = 0
    for k in range(1, len(rows)):
        if rows[k - 1] < rows[k]:
            lt += 1
    lo = min(rows)
    hi = max(rows, key=lambda r: (r[2], r[1]))

    check = 0
    for lst in (a, b, c, d, e):
        for r in lst[::251]:
            check = (check * 131 + r[3]) % 1000000007
    for p in nested[::503]:
        check = (check * 7 + p[1][1]) % 1000000007
    print("tuple_sorting", N, a[0], a[-1], b[0], c[0], d[0], e[0])
    print("more", nested[0], ranking[:3], lt, lo, hi, len(merged), check)


N = 60000
main()
