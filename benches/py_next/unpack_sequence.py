# Unpack sequence: tuple and list unpacking in tight loops (fixed-size, starred, nested,
# swaps, and unpacking in for-targets), accumulating a checksum.


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        acc += a + j
    return acc


def unpack_lists(n):
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        acc += b * i
    return acc


def starred(n):
    data = (5, 4, 3, 2, 1, 0)
    acc = 0
    for k in range(n):
        first, *middle, last = data
        head, *tail = middle
        *init, end = tail
        acc += first + last + head + end + len(init) + k % 3
    return acc


def nested(n):
    pairs = [((i, i + 1), (i * 2, (i * 3, i % 7))) for i in range(64)]
    acc = 0
    for k in range(n):
        for (a, b), (c, (d, e)) in pairs:
            acc += a - b + c - d + e
    return acc


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b = b, a
        b, c = c, b
        a, b, c = c, a, b
        a, c = c + 1, a - 1
    return a, b, c


def enumerate_zip(n):
    xs = list(range(100))
    ys = [x * x for x in xs]
    acc = 0
    for _ in range(n):
        for i, (x, y) in enumerate(zip(xs, ys)):
            if i & 1:
                acc += y - x
        for k, v in {"a": 1, "b": 2, "c": 3}.items():
            acc += v
    return acc


def main():
    results = (
        unpack_tuples(N),
        unpack_lists(N),
        starred(N),
        nested(N // 100),
        swaps(N),
        enumerate_zip(N // 100),
    )
    print("unpack_sequence", N, results)


N = 400000
main()
