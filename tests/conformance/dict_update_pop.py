# dict: update from dicts, pairs and keywords; pop with and without default
d = {"a": 1}
d.update({"b": 2, "a": 10})
print(d)
d.update([("c", 3), ("d", 4)])
print(d)
d.update(e=5, a=0)
print(d)
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d)
