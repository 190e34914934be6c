# builtin: str() versus repr() on many values
vals = ["text", 'q"uote', 10, -1.5, 1e100, None, True, [1, "a"], ("t",), {"k": "v"}, "", "tab\t"]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(str()))
print(str(123) + str(4.0), len(repr("x")))
print(repr(repr("x")))
