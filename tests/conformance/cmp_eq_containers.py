# cmp: equality of containers is structural and order-insensitive for dicts and sets
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print({"a": 1} == {"a": 1.0}, {"a": 1} == {"a": "1"})
print({1, 2, 3} == {3, 1, 2}, [1, 2] == [2, 1])
print([{"x": [1, (2, 3)]}] == [{"x": [1, (2, 3)]}])
print((1, 2) == (1, 2), (1, 2) != (2, 1))
nested1 = {"k": [1, {"j": (None, True)}]}
nested2 = {"k": [1, {"j": (None, 1)}]}
print(nested1 == nested2)
