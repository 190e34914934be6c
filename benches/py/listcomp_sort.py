# List comprehensions (with filters, nested), sorted() with and without
# key=lambda, reverse=True, min/max/sum over lists of ints and tuples.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def run(n, seed):
    data = lcg_list(n, seed)
    squares = [v * v % 9973 for v in data]
    evens = [v for v in data if v % 2 == 0]
    pairs = [(data[i] % 100, i) for i in range(len(data))]
    grid = [[r * c for c in range(20)] for r in range(20)]
    flat = [x for row in grid for x in row if x % 3 == 1]

    s1 = sorted(data)
    s2 = sorted(squares, reverse=True)
    s3 = sorted(pairs, key=lambda p: (p[0], -p[1]))
    s4 = sorted(evens, key=lambda v: v % 1000)
    words = [f"w{v % 5000}" for v in data[:5000]]
    s5 = sorted(words, key=lambda w: (len(w), w))

    return (
        s1[n // 2]
        + s2[0]
        + s3[0][1]
        + s3[-1][1]
        + s4[len(s4) // 3]
        + len(s5[-1])
        + sum(flat)
        + min(squares)
        + max(evens)
        + sum([p[0] for p in s3[:100]])
    )


total = 0
for rnd in range(9):
    total = total + run(40000, rnd + 1)
print(total)
