# area: list: order-preserving dedupe, flatten nested lists recursively, chunk/transposition and rotation helpers
def dedupe(items, key=None):
    seen = set()
    out = []
    for x in items:
        k = key(x) if key else x
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out

def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, (list, tuple)):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]

print(dedupe([3, 1, 3, 2, 1, 5]))
print(dedupe(["Ann", "bob", "ANN", "Cyd", "BOB"], key=str.lower))
print(dedupe([(1, "a"), (2, "b"), (1, "c")], key=lambda t: t[0]))
print(flatten([1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "str"]))
for k in (0, 1, 2, -1, 7):
    print(k, rotate(list("abcde"), k))
print(rotate([], 3))
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([list(col) for col in zip(*grid)])
print([row[::-1] for row in zip(*grid)])
print(sum(grid, []))
runs = []
for x in [1, 1, 2, 2, 2, 3, 1, 1]:
    if runs and runs[-1][0] == x:
        runs[-1][1] += 1
    else:
        runs.append([x, 1])
print(runs, "".join(f"{v}x{n}" for v, n in runs))
