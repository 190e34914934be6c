# area: generators: chunking, sliding windows, interleaving and a lazy infinite id generator with islice
from itertools import islice, count

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

def sliding(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)

def interleave(*iterables):
    iters = [iter(x) for x in iterables]
    while iters:
        alive = []
        for itr in iters:
            try:
                yield next(itr)
                alive.append(itr)
            except StopIteration:
                pass
        iters = alive

def ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n:04d}"

print(list(chunks(list(range(10)), 4)))
print(list(chunks("abcdefg", 3)))
print(list(sliding([1, 2, 3, 4, 5], 3)))
print([sum(w) / 3 for w in sliding([3, 6, 9, 12, 15], 3)])
print(list(interleave("abc", [1, 2], (True, None, False, 0))))
gen = ids("REQ")
print(next(gen), next(gen), list(islice(gen, 3)))
print(list(zip(count(1), ids("X"), "pq")))
squares = (n * n for n in count())
print(list(islice((s for s in squares if s % 2), 5)))
gen = chunks([1, 2, 3], 2)
print(type(gen).__name__, next(gen), next(gen), next(gen, "exhausted"))
