# dict: copy is shallow, clear empties, popitem removes last inserted
d = {"a": [1], "b": 2, "c": 3}
c = d.copy()
c["d"] = 4
c["a"].append(99)
print(d)
print(c)
print(c.popitem())
print(c.popitem())
print(c)
alias = c
alias.clear()
print(c, len(c))
try:
    c.popitem()
except KeyError as e:
    print("KeyError:", e)
