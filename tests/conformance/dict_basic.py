# dict: insertion order, repr, get, membership and del
d = {"b": 2, "a": 1}
d["c"] = 3
print(d)
print(d["a"], d.get("z"), d.get("z", 0), d.get("b", 0))
print("a" in d, "z" in d, 2 in d, "z" not in d)
del d["b"]
print(d)
d["b"] = 20
print(d)
d["a"] = 100
print(d)
print(len(d), len({}))
print({})
print({1: "one", "two": 2, (3,): [3]})
print({"q": "it's", "n": None, "f": 1.5, "t": True})
