# area: builtin: iter/next with defaults and sentinels, zip/enumerate/reversed over various iterables, map/filter
lines = iter(["header", "a=1", "b=2", "", "c=3", "END", "ignored"])
print(next(lines))
body = []
for line in lines:
    if line == "END":
        break
    if line:
        body.append(line)
print(body, next(lines), next(lines, "<eof>"))
it = iter(range(3))
print(list(zip(it, it)), next(it, "drained"))
names, scores = ["ann", "bob", "cyd"], [88, 92, 75]
print(dict(zip(names, scores)), list(zip(names, scores, "XYZ")), list(zip()))
print(list(enumerate(names)), list(enumerate(names, start=1))[-1])
print(list(reversed(names)), list(reversed(range(1, 10, 3))), list(reversed((1, 2))), "".join(reversed("abc")))
rank = sorted(zip(scores, names), reverse=True)
print(rank, [n for _, n in rank])
print(list(map(str.title, names)), list(map(pow, [2, 3], [3, 2])), list(map(len, ["", "ab", "abc"])))
print(list(filter(lambda s: s >= 80, scores)), list(filter(str.isdigit, ["1", "a", "22"])))
pairs = [("a", 1), ("b", 2)]
letters, numbers = zip(*pairs)
print(letters, numbers)
e = enumerate("xy")
print(next(e), next(e), next(e, None))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
it2 = iter({"k1": 1, "k2": 2})
print(next(it2), list(it2))
print(any(x > 90 for x in scores), all(scores), any([]), all([0, 1]))
