# builtin: map and filter with lambdas, builtins, several iterables and None
words = ["pear", "fig", "apple"]
print(list(map(len, words)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(lambda w: len(w) > 3, words)))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(sum(map(int, "1 2 3".split())))
print(sorted(map(str.upper, words)))
it = map(abs, [-1, -2])
print(next(it), next(it), next(it, "done"))
print(dict(zip(words, map(len, words))))
