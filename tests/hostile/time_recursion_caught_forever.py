# expect: killed time
# attacks: recursion caught in an infinite loop
def f(n):
    return f(n + 1)
while True:
    try:
        f(0)
    except RecursionError:
        pass
