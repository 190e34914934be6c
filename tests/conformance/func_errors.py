# func: TypeError messages for bad calls
def f(a, b):
    return a + b
def g(a, *, k):
    return a
nothing = None
num = 5
text = "s"
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: nothing(),
    lambda: num(),
    lambda: text(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
