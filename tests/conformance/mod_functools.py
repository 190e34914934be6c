# area: functools, itertools and operator
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key
from itertools import (count, cycle, repeat, chain, islice, takewhile, dropwhile, product, permutations,
                       combinations, combinations_with_replacement, groupby, accumulate, zip_longest, pairwise,
                       starmap, compress, filterfalse)
import itertools
import operator
from operator import itemgetter, attrgetter

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(operator.add, [], 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
p = partial(pow, 2)
print(p(10), partial(int, base=2)("101"), p.args)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def sq(x):
    return x * x
print(sq(4), sq(4), sq.cache_info().hits)

@lru_cache
def ident(x):
    return x
print(ident(3))

def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a) + 1
    return inner
@deco
def one():
    return 1
print(one())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

print(list(islice(count(5, 2), 4)), list(zip("ab", count())), list(islice(cycle("xy"), 5)), list(repeat(7, 3)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(takewhile(lambda x: x < 10, count())))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)))
print(list(permutations([1, 2, 3], 2)), len(list(permutations(range(4)))))
print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in groupby("aaabccd")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(pairwise([1, 2, 3, 4])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(6))))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 1)(rows[0]))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1)], key=attrgetter("n"))], operator.mul(3, 4), operator.not_(0))
