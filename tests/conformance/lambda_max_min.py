# lambda: key functions for max and min
pts = [(1, 5), (3, -2), (-4, 4), (2, 2)]
print(max(pts, key=lambda p: p[0]), min(pts, key=lambda p: p[1]))
print(max(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=lambda w: len(w)), min(words, key=lambda w: len(w)))
print(max(["aa", "bb", "cc"], key=lambda s: len(s)))
print(min([], key=lambda x: x, default="none"))
print(max(3, 9, 4, key=lambda v: -v))
