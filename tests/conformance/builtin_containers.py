# builtin: list(), tuple(), dict(), set() constructors from various iterables
print(list("abc"), tuple("abc"), sorted(set("abcab")))
print(list(range(3)), tuple(range(3)), set(range(1)))
print(list({"a": 1, "b": 2}), tuple({"a": 1}))
print(dict([("a", 1)]), dict(a=1), dict(zip("ab", [1, 2])))
print(list(), tuple(), dict(), set())
print(list((1, (2, 3))), tuple([[1], [2]]))
print(list(zip([1], [2])), list(enumerate("a")))
print(sorted(set([3, 1, 3])), len(set((1, 1, 1))))
