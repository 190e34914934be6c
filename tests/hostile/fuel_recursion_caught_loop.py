# expect: killed instructions
# attacks: recursion caught in an endless loop, each frame doing expensive bigint work; the fuel kill must cut through frames and handlers
x = (1 << 4000000) - 1
def f(n):
    x * x
    return f(n + 1)
while True:
    try:
        f(0)
    except RecursionError:
        pass
    except BaseException:
        print("ESCAPED: caught the kill")
