# area: generators: return value via StopIteration.value, StopIteration inside a generator becomes RuntimeError (PEP 479)
def with_result():
    yield 1
    yield 2
    return "summary"

g = with_result()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)

def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def safe(it):
    for x in it:
        yield x * 10
print(list(safe(iter([1, 2, 3]))))

def first_n(it, n):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
print(list(first_n(iter("ab"), 5)), list(first_n(iter("abcdef"), 3)))

def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
gen = (x for x in [1])
print(next(gen), next(gen, "default"))
try:
    next(gen)
except StopIteration as e:
    print("genexpr StopIteration value:", e.value)
