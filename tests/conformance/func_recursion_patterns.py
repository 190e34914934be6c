# area: func: recursive helpers (permutations, subsets, flatten with depth, Ackermann-small, Hanoi) with accumulators
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def flatten(xs, depth=-1):
    out = []
    for x in xs:
        if isinstance(x, list) and depth != 0:
            out.extend(flatten(x, depth - 1))
        else:
            out.append(x)
    return out

print(["".join(p) for p in permutations(list("abc"))])
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(hanoi(3), len(hanoi(6)))
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
nested = [1, [2, [3, [4, [5]]]]]
print(flatten(nested), flatten(nested, 1), flatten(nested, 2))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def binsearch(xs, t, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    return binsearch(xs, t, mid + 1, hi) if xs[mid] < t else binsearch(xs, t, lo, mid)
print(gcd(48, 180), [binsearch(list(range(0, 100, 7)), t) for t in (0, 49, 50, 98)])
