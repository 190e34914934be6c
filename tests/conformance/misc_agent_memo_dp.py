# area: realistic agent script: memoised dynamic programming (edit distance, coin change, LIS) with lru_cache and dict memo
from functools import lru_cache

def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
    result = go(0, 0)
    return result, go.cache_info().currsize

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("agent", "agent"), ("intention", "execution")]:
    d, cached = edit_distance(a, b)
    print(f"{a!r:>12} -> {b!r:<12} distance={d} states={cached}")

def coin_change(coins, amount, memo=None):
    if memo is None:
        memo = {}
    if amount == 0:
        return 0
    if amount < 0:
        return None
    if amount in memo:
        return memo[amount]
    best = None
    for c in coins:
        sub = coin_change(coins, amount - c, memo)
        if sub is not None and (best is None or sub + 1 < best):
            best = sub + 1
    memo[amount] = best
    return best

for amount in [0, 3, 11, 27, 63, 99]:
    print(f"coins for {amount:>2}: {coin_change((1, 5, 10, 25), amount)}")
print("impossible:", coin_change((4, 6), 7))

def lis(seq):
    memo = {}
    def ending_at(i):
        if i not in memo:
            memo[i] = 1 + max((ending_at(j) for j in range(i) if seq[j] < seq[i]), default=0)
        return memo[i]
    return max((ending_at(i) for i in range(len(seq))), default=0)

print("LIS:", lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]), lis([]))

@lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print("grid paths:", [grid_paths(n, n) for n in range(8)])
print(grid_paths.cache_info())
