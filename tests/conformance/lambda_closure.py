# lambda: lambdas capturing enclosing function variables
def make_filters(threshold):
    above = lambda x: x > threshold
    below = lambda x: x < threshold
    return above, below
above, below = make_filters(5)
data = [1, 7, 5, 9, 3]
print([x for x in data if above(x)], [x for x in data if below(x)])
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
    get = lambda: n
    return bump, get
bump, get = counter()
bump()
bump()
print(get())
