# expect: error RecursionError
# attacks: recursion inside finally blocks
def f(n):
    try:
        pass
    finally:
        f(n + 1)
f(0)
