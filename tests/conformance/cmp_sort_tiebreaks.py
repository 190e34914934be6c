# area: cmp: comparison of mixed containers, lexicographic tuple/list ordering, equality vs identity, sort tie-breaking
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [[]], [[1, 2]] < [[1, 3]])
print((1, "b") < (1, "c"), ("a", 2) > ("a", 1, 0), "apple" < "apricot", "Zebra" < "apple", "a" * 3 == "aaa")
print({1: 2} == {1: 2.0}, {1, 2} == {2, 1}, [1, 2] == (1, 2), (1, 2) == (1, 2), "1" == 1, 0 == False == 0.0)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None == None, None is None)
print(sorted(["b", "B", "a", "A", "_", "1", "~"]), sorted([True, 0, 2, -1, False]), sorted([(2, "x"), (1, "z"), (2, "a")]))
records = [("bob", 30, 5.5), ("ann", 30, 7.1), ("cyd", 25, 7.1), ("dee", 30, 5.5)]
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])))
print(sorted(records, key=lambda r: r[2], reverse=True))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: (r[2], r[0])))
try:
    [1, "a"] < ["a", 1]
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(float("nan") < 1, float("nan") > 1, 1 < float("inf"), -0.0 == 0.0, 10 ** 20 > 1e19, 2 ** 53 + 1 > 2.0 ** 53)
print({"a", "b"} < {"a", "b", "c"}, {"a"} <= {"a"}, {"a"} < {"a"}, frozenset("ab") == {"a", "b"})
print(min("hello"), max("hello"), min([3, 1], [2, 9]), max((1, 2), (1, 2, 0)))
