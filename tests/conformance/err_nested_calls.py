# err: exception raised three calls deep propagates with finally blocks running
def c(n):
    if n == 0:
        raise RuntimeError("reached the bottom")
    return c(n - 1)
def b():
    try:
        return c(3)
    finally:
        print("b cleanup")
def a():
    print("a start")
    b()
    print("a end")
a()
