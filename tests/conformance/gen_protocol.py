# area: generators: infinite generators with islice, close and finally, throw, PEP 479, recursion with yield from, consumers (enumerate, zip, in)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(itertools.islice(fib(), 10)))
f = fib()
print([next(f) for _ in range(5)])

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = with_finally()
print(next(g))
g.close()
print("closed")

def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "recovered"
g = catcher()
next(g)
print(g.throw(ValueError("boom")))

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

def nested_loops():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested_loops()))
print(type(count_up(1)).__name__)
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree
print(list(walk([1, [2, [3, 4], 5], [[6]]])))
print(list(enumerate(x for x in "ab")), list(zip(count_up(3), "xyz")))
def running():
    g = count_up(3)
    yield next(g)
    yield from g
print(list(running()))
gg = count_up(3)
print(iter(gg) is gg, 1 in count_up(5), 7 in count_up(5))
