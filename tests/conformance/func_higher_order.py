# func: functions passed as arguments and returned from functions
def apply_twice(f, x):
    return f(f(x))
def inc(x):
    return x + 1
def double(x):
    return x * 2
print(apply_twice(inc, 5), apply_twice(double, 5))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc_then_double = compose(double, inc)
print(inc_then_double(3))
ops = [inc, double, compose(inc, inc)]
print([op(10) for op in ops])
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
print(my_map(double, [1, 2, 3]))
print(my_filter(lambda v: v % 2, range(10)))
def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1))
