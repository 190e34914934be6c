# area: err: sorting a list with None mixed into ints raises TypeError comparing NoneType and int
scores = {"ann": 12, "bob": None, "cyd": 7}
print(sorted(scores))
print(sorted(v for v in scores.values() if v is not None))
print(sorted(scores.values()))
