# area: fuel: many sort/min/max key callbacks and lru_cache lookups under preemption, results must be stable
from functools import lru_cache, cmp_to_key

@lru_cache(maxsize=None)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

nums = list(range(1, 3000))
best = max(nums, key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().hits > 0)
order = sorted(nums, key=lambda n: (collatz_len(n), -n))[:10]
print(order)
def cmp(a, b):
    da, db = a % 7, b % 7
    if da != db:
        return da - db
    return (a > b) - (a < b)
print(sorted(range(40), key=cmp_to_key(cmp))[:15])
strings = [f"item-{(i * 37) % 500:03d}" for i in range(2000)]
print(min(strings, key=lambda s: s[::-1]), max(strings, key=lambda s: (s[-1], s)), len(set(strings)))
