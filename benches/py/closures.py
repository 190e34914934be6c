# Higher-order functions and closures: factories returning closures, function
# composition, pipelines of lambdas, a memoising wrapper backed by a dict in
# the enclosing scope, and a hand-written reduce/map/filter.


def make_adder(k):
    def add(x):
        return x + k

    return add


def make_scaler(k):
    return lambda x: x * k % 1000003


def compose(f, g):
    return lambda x: f(g(x))


def pipeline(funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x

    return run


def make_counter():
    state = [0]

    def tick(step):
        state[0] = state[0] + step
        return state[0]

    return tick


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = f(n)
        cache[n] = v
        return v

    return wrapper


def my_map(f, xs):
    return [f(x) for x in xs]


def my_filter(pred, xs):
    return [x for x in xs if pred(x)]


def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


fast_collatz = memoize(collatz_len)

total = 0
tick = make_counter()
for rnd in range(300):
    adders = [make_adder(i) for i in range(10)]
    chain = pipeline(adders + [make_scaler(rnd + 3), compose(abs, make_adder(-500))])
    xs = list(range(rnd * 10, rnd * 10 + 2000))
    ys = my_map(chain, xs)
    zs = my_filter(lambda v: v % 3 != 0, ys)
    s = my_reduce(lambda a, b: (a * 7 + b) % 1000000007, zs, 1)
    c = sum(my_map(fast_collatz, range(1 + rnd * 50, 1 + rnd * 50 + 400)))
    total = (total + s + c + tick(len(zs))) % 1000000007
print(total, tick(0))
