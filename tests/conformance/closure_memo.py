# closure: memoization cache stored in an enclosing scope
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = memoize(slow_square)
print([fast(i % 4) for i in range(12)])
print(calls[0])
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(150))
