# expect: error RecursionError
# attacks: recursion inside except handlers
def f(n):
    try:
        raise ValueError(n)
    except ValueError:
        return f(n + 1)
f(0)
