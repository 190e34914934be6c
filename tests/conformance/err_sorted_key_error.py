# area: err: a sort key function hits a record without the key, raising KeyError out of sorted()
rows = [{"name": "a", "score": 3}, {"name": "b", "score": 1}, {"name": "c"}]
print(sorted(rows[:2], key=lambda r: r["score"]))
print(max(rows[:2], key=lambda r: r["score"])["name"])
print(sorted(rows, key=lambda r: r["score"]))
