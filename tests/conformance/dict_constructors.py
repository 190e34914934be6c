# dict: dict() from keywords, pairs, zip and fromkeys
print(dict())
print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2), ("x", 3)]))
keys = ["k1", "k2", "k3"]
vals = [10, 20, 30]
print(dict(zip(keys, vals)))
print(dict(zip("abc", range(3))))
print(dict({"a": 1}, b=2))
print(dict.fromkeys(["a", "b"]))
print(dict.fromkeys("xyz", 0))
print(dict(enumerate(["zero", "one"])))
pairs = [[1, "a"], (2, "b")]
print(dict(pairs))
