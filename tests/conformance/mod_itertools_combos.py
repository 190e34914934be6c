# area: itertools: groupby, accumulate, product, combinations, permutations, chain, islice, zip_longest, pairwise, compress
import itertools as it
import operator

sales = [("north", "jan", 5), ("north", "feb", 7), ("south", "jan", 3), ("south", "feb", 1), ("south", "mar", 8), ("west", "jan", 2)]
for region, rows in it.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(region, [r[2] for r in rows], sum(r[2] for r in rows))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(["".join(p) for p in it.product("ab", "xy")], len(list(it.product(range(3), repeat=3))))
print(list(it.combinations("ABCD", 2)))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable([[1], [], [2, 3]])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.pairwise([1, 4, 9, 16])), [b - a for a, b in it.pairwise([1, 4, 9, 16])])
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.repeat("z", 3)))
print(list(zip(it.cycle("RGB"), range(7))))
budget = 10
items = {"a": 4, "b": 3, "c": 5, "d": 2}
best = max((c for r in range(1, 5) for c in it.combinations(items, r) if sum(items[k] for k in c) <= budget),
           key=lambda c: (sum(items[k] for k in c), c))
print("best subset:", best, sum(items[k] for k in best))
