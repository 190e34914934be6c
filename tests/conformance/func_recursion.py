# func: recursive functions (gcd, power set size, Hanoi, binary search)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(2**40, 6**10))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:3])
def bsearch(xs, t, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    if xs[mid] < t:
        return bsearch(xs, t, mid + 1, hi)
    return bsearch(xs, t, lo, mid - 1)
data = list(range(0, 100, 3))
print(bsearch(data, 27, 0, len(data) - 1), bsearch(data, 28, 0, len(data) - 1))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out += flatten(item)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
