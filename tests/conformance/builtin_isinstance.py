# builtin: isinstance with single types and tuples; bool is an int
vals = [1, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, str))
print(isinstance(True, bool), isinstance(1, bool))
print(isinstance({}, dict), isinstance(set(), set), isinstance(2**90, int))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), (TypeError, LookupError)))
print(isinstance(None, (int, str)))
