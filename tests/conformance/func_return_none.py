# func: functions without return, bare return and return None all give None
def a():
    pass
def b():
    return
def c():
    return None
def d(x):
    if x:
        return "yes"
print(a(), b(), c(), d(True), d(False))
print([a(), d(0)])
result = [].append(1)
print(result)
print(sorted([2, 1]), [2, 1].sort())
