# Dict operations with int and str keys: insert, lookup, update, .get, `in`,
# deletion via pop, and iteration over items().


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    hits = 0
    total = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits = hits + 1
            d[i] = d[i] + 1
        total = total + d.get(i + 1, -1)
    for i in range(0, n, 5):
        d.pop(i)
    return hits, total, len(d)


def str_keys(n):
    keys = [f"k{i}" for i in range(n)]
    d = {}
    for k in keys:
        d[k] = len(k)
    for i in range(n):
        k = keys[(i * 13) % n]
        d[k] = d[k] + i
    missing = 0
    acc = 0
    for i in range(n + n // 2):
        k = "k" + str(i)
        v = d.get(k)
        if v is None:
            missing = missing + 1
        else:
            acc = (acc + v) % 1000000007
    return missing, acc


def merge_counts(n):
    a = {}
    b = {}
    for i in range(n):
        a[str(i % 977)] = a.get(str(i % 977), 0) + 1
        b[i % 613] = b.get(i % 613, 0) + i
    merged = {}
    merged.update(a)
    for k, v in b.items():
        merged[str(k)] = merged.get(str(k), 0) + v
    s = 0
    for k in merged:
        s = (s + merged[k] * len(k)) % 1000000007
    return len(merged), s


out = []
for rnd in range(11):
    out.append(int_keys(60000))
    out.append(str_keys(40000))
    out.append(merge_counts(40000))
print(out[-3], out[-2], out[-1], len(out))
