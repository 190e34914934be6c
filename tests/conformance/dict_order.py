# dict: updating keeps position, delete then reinsert moves key to end
d = {}
for k in ["x", "y", "z"]:
    d[k] = len(d)
print(d)
d["x"] = 99
print(d)
del d["x"]
d["x"] = 0
print(d)
d.pop("y")
d["w"] = 1
d["y"] = 2
print(list(d))
e = {"z": 1, "a": 2}
e.update({"m": 3, "z": 4})
print(e)
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
