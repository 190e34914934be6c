# misc: sieve of Eratosthenes and prime factorisation
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    for i in range(2, n + 1):
        if i * i > n:
            break
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i in range(n + 1) if is_p[i]]
ps = sieve(200)
print(len(ps), ps[:10], ps[-3:])
def factor(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out
for n in [360, 97, 1001, 2**10 * 3**5, 600851475143]:
    f = factor(n)
    print(n, "=", " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()]))
