# comp: comprehensions calling functions and builtins
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True
print([p for p in range(50) if is_prime(p)])
words = ["alpha", "beta", "gamma", "delta"]
print([w[:2] + str(len(w)) for w in sorted(words)])
print(sum([i * i for i in range(101)]))
print(max([len(w) for w in words]), any([w.startswith("g") for w in words]))
print(all([is_prime(p) for p in [2, 3, 5, 9]]))
print([abs(x - 5) for x in range(10)])
